#!/usr/bin/env bash
# Bench server: a Payara Server domain of its own (ports 24000+), against a PostgreSQL database of
# its own (tandem_bench on 127.0.0.1:5432), with demo data, mail sent to the SMTP sink of mail.sh.
# Reuses bin/system-test-server for the domain; this script only sets its environment.
#
#   bench/server.sh start     drop and create tandem_bench, create the domain, deploy the EAR, wait
#                             for /api/health; prints start time and resident memory
#   bench/server.sh restart   start the existing domain again (after a kill -9), same environment
#   bench/server.sh stop      stop and delete the domain, drop tandem_bench
#   bench/server.sh pid|rss   the server's PID, its resident memory
#
# Environment: BENCH_PORT_BASE (24000), BENCH_DB (tandem_bench), BENCH_SMTP_PORT (24025),
# BENCH_EAR (ear/target/tandem.ear; build it with `mvn -q -o package -pl ear -am -DskipTests`).
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
source "$ROOT/bin/payara-functions.sh"

export ST_PORT_BASE=${BENCH_PORT_BASE:-24000}
export ST_WORK_DIR=$BENCH/target
export ST_PAYARA_HOME=$ST_WORK_DIR/payara6
export ST_EAR=${BENCH_EAR:-$ROOT/ear/target/tandem.ear}
DB=${BENCH_DB:-tandem_bench}
export ST_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB ST_DB_USER=postgres ST_DB_PASSWORD=
# the server reads its mail settings from the environment it is started with
export TANDEM_MAIL_ENABLED=true TANDEM_MAIL_HOST=127.0.0.1 TANDEM_MAIL_PORT=${BENCH_SMTP_PORT:-24025} \
  TANDEM_MAIL_FROM=formation@bench.test
DOMAIN_DIR=$ST_WORK_DIR/st-domains/tandem-st
HEALTH=http://localhost:$((ST_PORT_BASE + 80))/api/health

unpack_payara() {
  [[ -x $ST_PAYARA_HOME/bin/asadmin ]] && return
  local version zip
  version=$(sed -n 's:.*<payara-server.version>\(.*\)</payara-server.version>.*:\1:p' "$ROOT/pom.xml")
  zip=$HOME/.m2/repository/fish/payara/distributions/payara/$version/payara-$version.zip
  [[ -f $zip ]] || die "$zip is missing: run the system tests once (or mvn dependency:get) to fetch it"
  mkdir -p "$ST_WORK_DIR" && unzip -q "$zip" -d "$ST_WORK_DIR"
}

case "${1:-}" in
  start)
    unpack_payara
    dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
    createdb -h 127.0.0.1 -U postgres "$DB"
    t0=$(date +%s.%N)
    "$ROOT/bin/system-test-server" start
    t1=$(date +%s.%N)
    pid=$(domain_pid "$DOMAIN_DIR")
    echo "BENCH start: domain create+start+deploy+health in $(echo "$t1 - $t0" | bc) s, RSS $(resident_memory "$pid"), load $(cut -d' ' -f1-3 /proc/loadavg)"
    ;;
  restart)
    # the same database as `start` (bin/system-test-server exports these itself; without them the
    # application would fall back to its default H2 file database in the home directory)
    export TANDEM_DB_URL=$ST_DB_URL TANDEM_DB_USER=$ST_DB_USER TANDEM_DB_PASSWORD=$ST_DB_PASSWORD
    t0=$(date +%s.%N)
    "$ST_PAYARA_HOME/bin/asadmin" start-domain --domaindir "$ST_WORK_DIR/st-domains" tandem-st
    pid=$(domain_pid "$DOMAIN_DIR")
    wait_for_ok "$HEALTH" 300 "$pid" "$DOMAIN_DIR/logs/server.log"
    t1=$(date +%s.%N)
    echo "BENCH restart: start-domain+health in $(echo "$t1 - $t0" | bc) s, RSS $(resident_memory "$pid"), load $(cut -d' ' -f1-3 /proc/loadavg)"
    ;;
  stop)
    "$ROOT/bin/system-test-server" stop
    dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
    ;;
  pid) domain_pid "$DOMAIN_DIR" ;;
  rss) resident_memory "$(domain_pid "$DOMAIN_DIR")"; echo ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
