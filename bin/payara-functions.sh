# Shell functions shared by ./tandem and bin/system-test-server to drive a Payara Server domain.
# Source this file; it defines functions only.

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

# Shows the last lines of a server log on standard error.
show_log_tail() {
  [[ -f "$1" ]] || return 0
  echo "---- last lines of $1 ----" >&2
  tail -n 40 "$1" >&2
  echo "----" >&2
}
