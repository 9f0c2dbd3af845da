#!/usr/bin/env bash
# CPU time spent by the bench server and by PostgreSQL while a command runs — a cost per booking
# that the machine's load does not distort the way wall-clock figures are distorted.
#   bench/cpu.sh COMMAND [ARGS...]   runs the command, then prints the CPU seconds (user + system)
#                                    of the Payara Server process and of all postgres processes
#                                    (those alive at the end; the JDBC pool keeps its connections)
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TICKS=$(getconf CLK_TCK)

# utime + stime of the given PIDs, in clock ticks
ticks() {
  local total=0 pid fields
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] || continue
    # the command name may hold spaces: read the fields after its closing parenthesis
    fields=$(sed 's/^.*) //' "/proc/$pid/stat")
    set -- $fields
    total=$((total + ${12} + ${13}))
  done
  echo "$total"
}

postgres_pids() { pgrep -x postgres || true; }

server=$("$BENCH/server.sh" pid)
declare -A before
for pid in $(postgres_pids); do before[$pid]=$(ticks "$pid"); done
server_before=$(ticks "$server")

"$@"

server_after=$(ticks "$server")
pg_used=0
for pid in $(postgres_pids); do
  now=$(ticks "$pid")
  pg_used=$((pg_used + now - ${before[$pid]:-0}))
done
echo "CPU server $(echo "scale=2; ($server_after - $server_before) / $TICKS" | bc) s, postgres $(echo "scale=2; $pg_used / $TICKS" | bc) s"
