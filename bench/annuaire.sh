#!/usr/bin/env bash
# Annuaire import time: the real file (613 écoles) then a ten times larger one (6 130: the real
# lines plus nine copies with other valid UAIs, bench/annuaire10x.py), through the REST API as admin.
#   bench/annuaire.sh
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
URL=http://localhost:$((${BENCH_PORT_BASE:-24000} + 80))
REAL=$ROOT/ejb/src/test/resources/annuaire/fr-en-annuaire-education-94.csv
BIG=$BENCH/target/annuaire-6130.csv
python3 "$BENCH/annuaire10x.py" "$REAL" "$BIG"
[[ -s $BENCH/target/admin-token.txt ]] || curl -sf -u admin:Tandem-2026 -H 'Content-Type: application/json' \
  -d '{"label":"bench"}' "$URL/api/me/tokens" | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p' > "$BENCH/target/admin-token.txt"
TOKEN=$(<"$BENCH/target/admin-token.txt")
for file in "$REAL" "$BIG" "$BIG"; do
  out=$(curl -s -o "$BENCH/target/import-report.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: text/csv' --data-binary "@$file" "$URL/api/schools/import")
  counts=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print({k: r[k] for k in ('created','updated','unchanged','skipped')})" \
    "$BENCH/target/import-report.json")
  echo "IMPORT $(($(wc -l <"$file") - 1)) lines: HTTP ${out% *} in ${out#* } s, $counts; load $(cut -d' ' -f1-3 /proc/loadavg)"
done
