# Shell functions shared by ./tandem, bin/system-test-server, bin/cluster and bench/server.sh to
# drive a Payara Server domain.
# Source this file; it defines functions and one setting only.

# Prints a message on standard error and exits with status 1.
die() {
  echo "error: $*" >&2
  exit 1
}

# Succeeds when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Prints the HTTP status of a GET on URL (000 when nothing answers).
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true
}

# Prints the PID of the running server of a domain directory, or fails when it is not running.
domain_pid() {
  local pid_file="$1/config/pid" pid
  [[ -f "$pid_file" ]] || return 1
  pid=$(<"$pid_file")
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  # a PID can be reused by another process after a crash: check it is this domain's server
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$1" || return 1
  echo "$pid"
}

# Prints the resident memory of a process, e.g. "612 MB" (VmRSS of /proc/PID/status).
resident_memory() {
  awk '/^VmRSS:/ { printf "%d MB", $2 / 1024 }' "/proc/$1/status"
}

# Waits until URL answers 200, for at most TIMEOUT seconds, while the server PID is alive.
# On failure, points at the server log and shows its last lines.
wait_for_ok() {
  local url=$1 timeout=$2 pid=$3 log=$4 deadline=$((SECONDS + $2))
  until [[ "$(http_status "$url")" == 200 ]]; do
    if [[ ! -d "/proc/$pid" ]]; then
      show_log_tail "$log"
      die "the server stopped while waiting for $url; see $log"
    fi
    if (( SECONDS >= deadline )); then
      show_log_tail "$log"
      die "$url did not answer 200 within $timeout s (last status $(http_status "$url")); see $log"
    fi
    sleep 1
  done
}

# Extracts a zip file into a directory, with unzip when installed, else with the JDK's jar tool.
unpack_zip() {
  if command -v unzip >/dev/null; then
    unzip -q "$1" -d "$2"
  else
    (cd "$2" && jar xf "$1")
  fi
}

# Shows the last lines of a server log on standard error.
show_log_tail() {
  [[ -f "$1" ]] || return 0
  echo "---- last lines of $1 ----" >&2
  tail -n 40 "$1" >&2
  echo "----" >&2
}

# The largest request body the HTTP listeners accept, in bytes: above the largest file upload
# (the Annuaire import, 100 MB, plus the multipart envelope of the import page). JSON bodies have
# their own, smaller bound in the application (tandem.api.maxBodyBytes).
MAX_POST_SIZE_BYTES=$((110 * 1024 * 1024))

# Settings of the listeners of a configuration (CONFIG, e.g. server-config) of a running domain,
# made with ASADMIN (a command or function of the calling script that reaches the domain's
# administration port, e.g. asadmin): no Server or X-Powered-By header on any answer (no version
# banner) and the bound on request bodies; when LOCAL_ADDRESS is given, every listener but the
# application's HTTP ones bound to that address only (administration, JMX, IIOP), and the JMS
# broker, which Tandem does not use, off. They take effect when the server (re)starts.
#   harden_listeners ASADMIN CONFIG [LOCAL_ADDRESS]
harden_listeners() {
  local run=$1 config=$2 address=${3:-} protocol listener prefix settings=()
  prefix="configs.config.$config"
  for protocol in http-listener-1 http-listener-2 admin-listener; do
    settings+=("$prefix.network-config.protocols.protocol.$protocol.http.server-header=false"
      "$prefix.network-config.protocols.protocol.$protocol.http.xpowered-by=false")
  done
  for protocol in http-listener-1 http-listener-2; do
    settings+=("$prefix.network-config.protocols.protocol.$protocol.http.max-post-size-bytes=$MAX_POST_SIZE_BYTES")
  done
  if [[ -n "$address" ]]; then
    settings+=("$prefix.network-config.network-listeners.network-listener.admin-listener.address=$address"
      "$prefix.admin-service.jmx-connector.system.address=$address"
      "$prefix.jms-service.type=DISABLED")
    for listener in orb-listener-1 SSL SSL_MUTUALAUTH; do
      settings+=("$prefix.iiop-service.iiop-listener.$listener.address=$address")
    done
  fi
  "$run" set "${settings[@]}" >/dev/null
}

# What a single-server domain runs for itself, on this machine only, through ASADMIN: the data
# grid (Hazelcast) on 127.0.0.1 (it binds every interface unless hazelcast.socket.bind.any is
# false), and Payara's own H2 databases (EJB timers, default pool) without AUTO_SERVER, which
# opens a TCP port on every interface. Takes effect at the next start.
#   local_services ASADMIN
local_services() {
  "$1" set-hazelcast-configuration --interfaces 127.0.0.1 --dasbindaddress 127.0.0.1 \
    --daspublicaddress 127.0.0.1 >/dev/null
  "$1" create-jvm-options -Dhazelcast.socket.bind.any=false >/dev/null
  # shellcheck disable=SC2016 # ${com.sun.aas.instanceRoot} is Payara's, expanded by Payara
  "$1" set 'resources.jdbc-connection-pool.__TimerPool.property.URL=jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/ejbtimer' \
    'resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/embedded_default' >/dev/null
}

# Appends one asadmin command, its arguments double-quoted, to the file $ASADMIN_QUEUE, which the
# calling script then runs with `asadmin multimode --file` in a single asadmin session (one JVM
# start instead of one per command).
queue_asadmin() {
  local line=$1 arg
  shift
  for arg in "$@"; do
    line+=" \"$arg\""
  done
  echo "$line" >>"$ASADMIN_QUEUE"
}

# Runs the commands queue_asadmin queued in one session of ASADMIN (a command or function of the
# calling script), then deletes the queue; fails when a command failed.
#   run_asadmin_queue ASADMIN
run_asadmin_queue() {
  local status=0
  TERM=dumb "$1" multimode --file "$ASADMIN_QUEUE" >/dev/null || status=$?
  rm -f "$ASADMIN_QUEUE"
  return "$status"
}

# Succeeds when a listening address, as ss prints it, is this machine's loopback only
# (127.0.0.1:PORT, or [::ffff:127.0.0.1]:PORT for a Java socket on IPv6).
loopback_only() {
  [[ "$1" == 127.0.0.1:* || "$1" == "[::ffff:127.0.0.1]:"* ]]
}
