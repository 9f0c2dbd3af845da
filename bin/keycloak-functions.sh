# shellcheck shell=bash
# Shell functions shared by bin/keycloak, ./tandem and bin/system-test-server to run Keycloak, the
# OpenID Connect provider of the demo and of the system tests, with the realm of
# ear/src/keycloak/tandem-realm.json. Source bin/payara-functions.sh first (die, port_in_use,
# http_status, show_log_tail, unpack_zip); this file defines functions only.
#
# Keycloak runs in development mode (start-dev) with an in-memory database: every start imports the
# realm afresh, so the demo users and their attributes are always those of the realm file. It
# listens on 127.0.0.1 only: its administration console has a well-known demo password.

# The Keycloak version pinned in the parent pom.xml (keycloak.version).
#   keycloak_version ROOT
keycloak_version() {
  sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$1/pom.xml"
}

# Installs Keycloak (org.keycloak:keycloak-quarkus-dist, from the local Maven repository, else
# from Maven Central) into KEYCLOAK_HOME unless the pinned version is there.
#   provision_keycloak ROOT KEYCLOAK_HOME
provision_keycloak() {
  local root=$1 home=$2 version marker download artifact
  version=$(keycloak_version "$root")
  [[ -n "$version" ]] || die "no <keycloak.version> in $root/pom.xml"
  marker=$home/.tandem-keycloak-version
  if [[ -f "$marker" && "$(<"$marker")" == "$version" ]]; then
    return
  fi
  if [[ -d "$home" ]]; then
    # another version, or an unpacking that did not finish: replace it
    keycloak_stop "$home"
    rm -rf "$home"
  fi
  echo "Installing Keycloak $version from Maven Central into $home"
  download=$(dirname "$home")/keycloak-download
  rm -rf "$download"
  mkdir -p "$download"
  artifact="org.keycloak:keycloak-quarkus-dist:$version:zip"
  # run outside the project, so that this works whatever state the modules are in; offline first
  # (the zip is often in the local repository already), then online
  (cd "$download" && { mvn -o -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$artifact" -DoutputDirectory="$download" 2>/dev/null ||
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$artifact" -DoutputDirectory="$download"; }) || die "could not fetch $artifact"
  unpack_zip "$download/keycloak-quarkus-dist-$version.zip" "$download"
  mv "$download/keycloak-$version" "$home"
  rm -rf "$download"
  # jar xf does not keep the executable bits
  chmod +x "$home"/bin/*.sh
  echo "$version" >"$marker"
}

# Prints the PID of the Keycloak of KEYCLOAK_HOME started by keycloak_launch, or fails when it is
# not running. The PID file is in the home: one Keycloak per installation. The PID is that of
# kc.sh, which leads the process group of Keycloak's JVM (kc.sh becomes the JVM when it had to
# build first, else runs it as its child).
#   keycloak_pid KEYCLOAK_HOME
keycloak_pid() {
  local pid_file=$1/tandem-keycloak.pid pid
  [[ -f "$pid_file" ]] || return 1
  pid=$(<"$pid_file")
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  # a PID can be reused by another process after a crash: check it is this installation's Keycloak
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$1/bin/" || return 1
  echo "$pid"
}

# The URL that answers 200 once the realm is imported and Keycloak serves it.
#   keycloak_ready_url PORT
keycloak_ready_url() {
  echo "http://localhost:$1/realms/tandem/.well-known/openid-configuration"
}

# Starts Keycloak of KEYCLOAK_HOME in the background on 127.0.0.1:PORT with the realm file
# REALM_FILE, its log in WORK_DIR/keycloak.log; returns at once (keycloak_wait waits for it).
# The master realm gets the administrator admin / Tandem-2026 (demo and tests only).
#   keycloak_launch KEYCLOAK_HOME PORT WORK_DIR REALM_FILE
keycloak_launch() {
  local home=$1 port=$2 work_dir=$3 realm=$4 pid
  [[ -x "$home/bin/kc.sh" ]] || die "no Keycloak in $home"
  [[ -f "$realm" ]] || die "no realm file $realm"
  if pid=$(keycloak_pid "$home"); then
    die "Keycloak of $home is already running (PID $pid): stop it first"
  fi
  ! port_in_use "$port" || die "port $port is taken: Keycloak needs it free"
  mkdir -p "$work_dir" "$home/data/import"
  rm -f "$home"/data/import/*.json
  cp "$realm" "$home/data/import/tandem-realm.json"
  # setsid and every stream redirected: Keycloak outlives the calling script and holds none of
  # its pipes (Maven's exec plugin waits for them to close); kc.sh leads a process group of its
  # own (setsid runs it in place: a background command of a script leads no group)
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=Tandem-2026 \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    setsid "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" --db=dev-mem \
    --import-realm </dev/null >"$work_dir/keycloak.log" 2>&1 &
  echo $! >"$home/tandem-keycloak.pid"
}

# Waits until the Keycloak of KEYCLOAK_HOME serves the tandem realm on PORT, for at most TIMEOUT
# seconds; on failure shows the end of its log (WORK_DIR/keycloak.log) and stops it.
#   keycloak_wait KEYCLOAK_HOME PORT WORK_DIR TIMEOUT
keycloak_wait() {
  local home=$1 url log=$3/keycloak.log deadline=$((SECONDS + $4)) pid
  url=$(keycloak_ready_url "$2")
  until [[ "$(http_status "$url")" == 200 ]]; do
    if ! pid=$(keycloak_pid "$home"); then
      show_log_tail "$log"
      die "Keycloak stopped while starting; see $log"
    fi
    if (( SECONDS >= deadline )); then
      show_log_tail "$log"
      keycloak_stop "$home"
      die "$url did not answer 200 within $4 s; see $log"
    fi
    sleep 1
  done
}

# Prints how long the last start logged in WORK_DIR/keycloak.log took, as Keycloak says it: its
# build when it made one (the first start, or after a change of build options), then its start.
#   keycloak_start_time WORK_DIR
keycloak_start_time() {
  local log=$1/keycloak.log build start
  build=$(sed -n 's/.*Quarkus augmentation completed in \([0-9]*\)ms.*/\1/p' "$log" | tail -n 1)
  start=$(sed -n 's/.*Keycloak .* started in \([0-9.]*s\)\..*/\1/p' "$log" | tail -n 1)
  echo "${build:+build $((build / 1000)) s, }start ${start:-unknown}"
}

# Prints the resident memory of the Keycloak whose kc.sh has PID: its JVM's.
#   keycloak_memory PID
keycloak_memory() {
  local jvm
  jvm=$(ps -o pid= -o comm= --ppid "$1" | awk '$2 == "java" { print $1; exit }')
  resident_memory "${jvm:-$1}"
}

# Stops the Keycloak of KEYCLOAK_HOME if it runs: TERM to its process group (kc.sh and the JVM),
# then KILL after 30 s.
#   keycloak_stop KEYCLOAK_HOME
keycloak_stop() {
  local home=$1 pid deadline=$((SECONDS + 30))
  if pid=$(keycloak_pid "$home"); then
    kill -TERM -- "-$pid" 2>/dev/null || true
    while pgrep -g "$pid" >/dev/null && (( SECONDS < deadline )); do
      sleep 1
    done
    if pgrep -g "$pid" >/dev/null; then
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    echo "Keycloak stopped"
  fi
  rm -f "$home/tandem-keycloak.pid"
}
