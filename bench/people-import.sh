#!/usr/bin/env bash
# People import time: a generated file of 5 000 teachers of the 30 demo schools (ENS, working times
# 50 to 100 %, one in ten with two schools), through the REST API as admin: the preview, the import
# (every line created), then the same file again (every line unchanged), each timed by curl.
#   bench/people-import.sh [LINES [PREFIX]]   PREFIX of the usernames (bench): another one creates new accounts
# Environment: BENCH_URL (default http://localhost:$BENCH_PORT_BASE+80, the bench server of bench/server.sh),
# BENCH_USER / BENCH_PASSWORD (admin / Tandem-2026).
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
URL=${BENCH_URL:-http://localhost:$((${BENCH_PORT_BASE:-24000} + 80))}
LINES=${1:-5000}
PREFIX=${2:-bench}
FILE=$BENCH/target/people-$PREFIX-$LINES.csv
mkdir -p "$BENCH/target"
python3 - "$FILE" "$LINES" "$PREFIX" <<'PY'
import sys
letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
schools = [d + letters[int(d) % 23] for d in ("0349%03d" % n for n in range(101, 131))]
path, count, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("identifiant;courriel;nom;prénom;uai;fonction;quotité\r\n")
    for i in range(count):
        uai = schools[i % 30] + ("|" + schools[(i + 7) % 30] if i % 10 == 0 else "")
        out.write(f"{prefix}.{i:05d};{prefix}.{i:05d}@bench.test;Nom{i:05d};Prénom;{uai};ENS;{(50, 75, 80, 100)[i % 4]}\r\n")
PY
run() {
  local label=$1 query=$2 out
  out=$(curl -s -o "$BENCH/target/people-report.json" -w '%{http_code} %{time_total}' -u "${BENCH_USER:-admin}:${BENCH_PASSWORD:-Tandem-2026}" \
    -H 'Content-Type: text/csv' --data-binary "@$FILE" "$URL/api/people/imports?$query")
  counts=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print({k: r.get(k) for k in ('created','updated','unchanged','skipped','deactivated','invited')}, 'leavers', len(r.get('leavers', [])))" \
    "$BENCH/target/people-report.json" 2>/dev/null || head -c 300 "$BENCH/target/people-report.json")
  echo "PEOPLE $label $LINES lines: HTTP ${out% *} in ${out#* } s, $counts; load $(cut -d' ' -f1-3 /proc/loadavg)"
}
run preview "apply=false"
run import "apply=true"
run again "apply=true"
