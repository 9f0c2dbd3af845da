#!/usr/bin/env bash
# The rush-versus-pgbench protocol of docs/PERFORMANCE.md section 1: three rushes and three pgbench
# runs alternated (rush, pgbench, rush, pgbench, rush, pgbench) on the running bench server, each
# line stamped with the UTC time and the load average. Warm the server first (several rushes).
#   bench/alternate.sh LABEL DAY0    rushes with day0=DAY0, DAY0+10, DAY0+20 (a day0 not used before)
# Environment: as bench/server.sh (BENCH_PORT_BASE, BENCH_DB; bench/Rush.java reads BENCH_PORT_BASE too).
set -uo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$(dirname "$BENCH")"
label=${1:?label} day0=${2:?day0}
for i in 1 2 3; do
  echo "== $(date -u +%FT%TZ) rush $label-$i day0=$day0 loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
  java bench/Rush.java rush teachers=40 sessions=10 capacity=10 day0="$day0" label="$label-$i" 2>&1 \
    | grep -E "RUSH|VERIFY"
  day0=$((day0 + 10))
  echo "== $(date -u +%FT%TZ) pgbench $label-$i loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
  bench/pgbench.sh 40 10 10 2>&1 | grep -vE "^NOTICE"
done
