#!/usr/bin/env bash
# Scale: grows the bench database with SQL (respecting sequences and foreign keys), then measures
# the teachers' catalogue and the paged school list over ~50 requests each.
#   bench/scale.sh sessions TOTAL   add published départementale sessions (100 per offer) until the
#                                   database holds TOTAL upcoming sessions, then measure the catalogue
#                                   (first page, a search by words, a page 50 rows in)
#   bench/scale.sh schools TOTAL    add open schools with valid UAIs (check letter) until TOTAL, then
#                                   measure GET /api/schools (first page, a search, a deep page)
# Needs the bench server (bench/server.sh start) and tokens (java bench/Rush.java tokens).
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DB=${BENCH_DB:-tandem_bench}
URL=http://localhost:$((${BENCH_PORT_BASE:-24000} + 80))
COUNT=${BENCH_COUNT:-50}
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt)
TOKEN=$(awk '$1 == "enseignant01" { print $2 }' "$BENCH/target/tokens.txt")
# an API token for admin, made once (Basic would spend a PBKDF2 hash on every request)
if [[ ! -s $BENCH/target/admin-token.txt ]]; then
  curl -sf -u admin:Tandem-2026 -H 'Content-Type: application/json' -d '{"label":"bench"}' "$URL/api/me/tokens" \
    | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p' > "$BENCH/target/admin-token.txt"
fi
ADMIN="Bearer $(<"$BENCH/target/admin-token.txt")"

case "${1:-}" in
  sessions)
    TOTAL=$2
    "${PSQL[@]}" <<SQL
CREATE TEMP TABLE wanted AS SELECT greatest(0, $TOTAL - (SELECT count(*) FROM training_session WHERE starts_at > now()))::int AS n;
CREATE TEMP TABLE new_offer AS
  SELECT nextval('training_offer_seq') AS id, g FROM generate_series(1, ((SELECT n FROM wanted) + 99) / 100) g;
INSERT INTO training_offer (id, title, description, topic, category, modality, minutes_credited, enrolment_opens,
    enrolment_closes, status, circonscription_id, created_by, version, nature, needs_validation, search_text)
  SELECT o.id, 'Offre de charge ' || o.id, 'Bench', 'ENI', 'DEPARTEMENTALE', 'PRESENTIEL', 180, now() - interval '1 day',
         now() + interval '300 days', 'PUBLISHED', c.id, a.id, 0, 'FORMATION_CONTINUE', false, 'offre de charge ' || o.id || ' eni'
  FROM new_offer o, (SELECT id FROM circonscription ORDER BY code LIMIT 1) c, (SELECT id FROM account WHERE username = 'ien') a;
INSERT INTO training_session (id, offer_id, starts_at, ends_at, place, capacity, version, place_search)
  SELECT nextval('training_session_seq'), o.id,
         date_trunc('day', now()) + (60 + (k % 300)) * interval '1 day' + (k % 7) * interval '1 hour',
         date_trunc('day', now()) + (60 + (k % 300)) * interval '1 day' + (k % 7 + 3) * interval '1 hour',
         'Salle ' || k, 20, 0, 'salle ' || k
  FROM generate_series(0, (SELECT n FROM wanted) - 1) k JOIN new_offer o ON o.g = k / 100 + 1;
ANALYZE training_offer; ANALYZE training_session;
SQL
    n=$("${PSQL[@]}" -c "SELECT count(*) FROM training_session WHERE starts_at > now()")
    python3 "$BENCH/measure.py" "$URL/api/training/catalogue" "Bearer $TOKEN" "$COUNT" "catalogue first page of $n upcoming sessions"
    python3 "$BENCH/measure.py" "$URL/api/training/catalogue?q=salle%2042" "Bearer $TOKEN" "$COUNT" "catalogue search of $n"
    python3 "$BENCH/measure.py" "$URL/api/training/catalogue?first=50" "Bearer $TOKEN" "$COUNT" "catalogue third page of $n"
    ;;
  schools)
    TOTAL=$2
    "${PSQL[@]}" <<SQL
-- UAI 06 + 5 digits from 0600001 up (department 06: no demo school there), check letter = ABCDEFGHJKLMNPRSTUVWXYZ[n mod 23]
INSERT INTO school (id, uai, name, kind, postcode, commune_code, commune_name, priority, state, circonscription_id,
    demo, search_text, updated_at, version)
  SELECT nextval('school_seq'), d || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (d::int % 23) + 1, 1),
         'École de charge ' || g, (ARRAY['MATERNELLE','ELEMENTAIRE','PRIMAIRE'])[g % 3 + 1], '34500', '34032',
         'Béziers', 'NONE', 'OPEN', c.id, false,
         d || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (d::int % 23) + 1, 1) || ' ecole de charge ' || g || ' beziers 34500', now(), 0
  FROM (SELECT g, lpad((600000 + (SELECT count(*) FROM school) + g)::text, 7, '0') AS d
        FROM generate_series(1, greatest(0, $TOTAL - (SELECT count(*) FROM school))) g) s,
       (SELECT id FROM circonscription ORDER BY code LIMIT 1) c;
ANALYZE school;
SQL
    n=$("${PSQL[@]}" -c "SELECT count(*) FROM school")
    python3 "$BENCH/measure.py" "$URL/api/schools?first=0&size=20" "$ADMIN" "$COUNT" "schools first page of $n"
    python3 "$BENCH/measure.py" "$URL/api/schools?q=ecole%20charge%2012&first=0&size=20" "$ADMIN" "$COUNT" "schools search of $n"
    python3 "$BENCH/measure.py" "$URL/api/schools?first=$((n / 2))&size=20" "$ADMIN" "$COUNT" "schools middle page of $n"
    ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
