#!/usr/bin/env bash
# Scale: grows the bench database with SQL (respecting sequences and foreign keys), then measures
# every list through the REST API over ~50 requests each.
#   bench/scale.sh sessions TOTAL   add published départementale sessions (100 per offer) until the
#                                   database holds TOTAL upcoming sessions, then measure the catalogue
#                                   (first page, a search by words, a page 50 rows in)
#   bench/scale.sh schools TOTAL    add open schools with valid UAIs (check letter) until TOTAL, then
#                                   measure GET /api/schools (first page, a search, a deep page)
#   bench/scale.sh equipment TOTAL  add items (spread over the schools) until TOTAL, then measure
#                                   GET /api/equipment (first page, a search by words)
#   bench/scale.sh requests TOTAL   add support requests until TOTAL (one in ten open, the others closed,
#                                   like a queue's history), then measure GET /api/support/requests
#                                   (the open queue, and the whole history with open=false)
#   bench/scale.sh audit TOTAL      add audit events until TOTAL, then measure GET /api/audit (first page,
#                                   one user's events)
#   bench/scale.sh all TOTAL        each of the above with the same TOTAL, then each measure again
#                                   (every list small or large within the same minutes)
# BENCH_COUNT (50) requests per measure; BENCH_QUEUE_COUNT (BENCH_COUNT) for the request queue, which
# reads every matching request to answer one page.
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

QUEUE_COUNT=${BENCH_QUEUE_COUNT:-$COUNT}

grow_sessions() {
  "${PSQL[@]}" <<SQL
CREATE TEMP TABLE wanted AS SELECT greatest(0, $1 - (SELECT count(*) FROM training_session WHERE starts_at > now()))::int AS n;
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
}

measure_sessions() {
  local n
  n=$("${PSQL[@]}" -c "SELECT count(*) FROM training_session WHERE starts_at > now()")
  python3 "$BENCH/measure.py" "$URL/api/training/catalogue" "Bearer $TOKEN" "$COUNT" "catalogue first page of $n upcoming sessions"
  python3 "$BENCH/measure.py" "$URL/api/training/catalogue?q=salle%2042" "Bearer $TOKEN" "$COUNT" "catalogue search of $n"
  python3 "$BENCH/measure.py" "$URL/api/training/catalogue?first=50" "Bearer $TOKEN" "$COUNT" "catalogue third page of $n"
}

grow_schools() {
  "${PSQL[@]}" <<SQL
-- UAI 06 + 5 digits from 0600001 up (department 06: no demo school there), check letter = ABCDEFGHJKLMNPRSTUVWXYZ[n mod 23]
INSERT INTO school (id, uai, name, kind, postcode, commune_code, commune_name, priority, state, circonscription_id,
    demo, search_text, updated_at, version)
  SELECT nextval('school_seq'), d || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (d::int % 23) + 1, 1),
         'École de charge ' || g, (ARRAY['MATERNELLE','ELEMENTAIRE','PRIMAIRE'])[g % 3 + 1], '34500', '34032',
         'Béziers', 'NONE', 'OPEN', c.id, false,
         d || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (d::int % 23) + 1, 1) || ' ecole de charge ' || g || ' beziers 34500', now(), 0
  FROM (SELECT g, lpad((600000 + (SELECT count(*) FROM school) + g)::text, 7, '0') AS d
        FROM generate_series(1, greatest(0, $1 - (SELECT count(*) FROM school))) g) s,
       (SELECT id FROM circonscription ORDER BY code LIMIT 1) c;
ANALYZE school;
SQL
}

measure_schools() {
  local n
  n=$("${PSQL[@]}" -c "SELECT count(*) FROM school")
  python3 "$BENCH/measure.py" "$URL/api/schools?first=0&size=20" "$ADMIN" "$COUNT" "schools first page of $n"
  python3 "$BENCH/measure.py" "$URL/api/schools?q=ecole%20charge%2012&first=0&size=20" "$ADMIN" "$COUNT" "schools search of $n"
  # the middle page, or the deepest a list serves (its first 1 000 rows, BoundedCount) when that comes first
  local deep=$((n / 2 < 980 ? n / 2 : 980))
  python3 "$BENCH/measure.py" "$URL/api/schools?first=$deep&size=20" "$ADMIN" "$COUNT" "schools page at row $deep of $n"
}

grow_equipment() {
  "${PSQL[@]}" <<SQL
-- serial numbers BENCH-<n>, spread over the schools that exist, every type and status
CREATE TEMP TABLE some_school AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM school;
INSERT INTO equipment (id, serial_number, school_id, type, brand, model, room, purchase_date, price, tne_amount,
    warranty_end, status, demo, created_at, version)
  SELECT nextval('equipment_seq'), 'BENCH-' || g, s.id,
         (ARRAY['INTERACTIVE_SCREEN','TABLET','MOBILE_TABLET_SET','WEBRADIO_KIT','DOCUMENT_CAMERA','LAPTOP'])[g % 6 + 1],
         (ARRAY['Acer','Dell','Lenovo','Samsung','Speechi'])[g % 5 + 1], 'Modèle ' || (g % 50), 'Salle ' || (g % 12),
         date '2024-01-01' + (g % 700)::int, 450.00, 0, date '2027-01-01' + (g % 700)::int,
         (ARRAY['IN_SERVICE','IN_SERVICE','IN_SERVICE','BROKEN','IN_REPAIR'])[g % 5 + 1], false, now(), 0
  FROM (SELECT g FROM generate_series((SELECT count(*) FROM equipment) + 1, $1) g) n
  JOIN some_school s ON s.k = g % (SELECT count(*) FROM some_school);
ANALYZE equipment;
SQL
}

measure_equipment() {
  local n
  n=$("${PSQL[@]}" -c "SELECT count(*) FROM equipment")
  python3 "$BENCH/measure.py" "$URL/api/equipment?first=0&size=20" "$ADMIN" "$COUNT" "equipment first page of $n"
  python3 "$BENCH/measure.py" "$URL/api/equipment?q=dell%20salle%207&first=0&size=20" "$ADMIN" "$COUNT" "equipment search of $n"
}

grow_requests() {
  "${PSQL[@]}" <<SQL
-- one request in ten open (NEW), the others closed, created over the last two years by enseignant01
CREATE TEMP TABLE some_school AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM school;
INSERT INTO support_request (id, school_id, room, category, subject, description, status, requester_id,
    created_at, first_answered_at, resolved_at, closed_at, demo, version)
  SELECT nextval('support_request_seq'), s.id, 'Salle ' || (g % 12),
         (ARRAY['HARDWARE','SOFTWARE','LICENCE_ACCESS','OTHER'])[g % 4 + 1], 'Demande de charge ' || g, 'Bench',
         CASE WHEN g % 10 = 0 THEN 'NEW' ELSE 'CLOSED' END, a.id,
         now() - (g % 700) * interval '1 day' - (g % 8) * interval '1 hour',
         CASE WHEN g % 10 = 0 THEN NULL ELSE now() - (g % 700) * interval '1 day' END,
         CASE WHEN g % 10 = 0 THEN NULL ELSE now() - (g % 700) * interval '1 day' + interval '2 hours' END,
         CASE WHEN g % 10 = 0 THEN NULL ELSE now() - (g % 700) * interval '1 day' + interval '3 hours' END, false, 0
  FROM (SELECT g FROM generate_series((SELECT count(*) FROM support_request) + 1, $1) g) n
  JOIN some_school s ON s.k = g % (SELECT count(*) FROM some_school),
       (SELECT id FROM account WHERE username = 'enseignant01') a;
ANALYZE support_request;
SQL
}

measure_requests() {
  local n
  n=$("${PSQL[@]}" -c "SELECT count(*) FROM support_request")
  python3 "$BENCH/measure.py" "$URL/api/support/requests" "$ADMIN" "$QUEUE_COUNT" "request queue (open) of $n requests"
  if ((n <= 10000)); then
    python3 "$BENCH/measure.py" "$URL/api/support/requests?open=false" "$ADMIN" "$QUEUE_COUNT" "request history (open=false) of $n"
  else  # the whole history is read and summed up for one page: 100 000 requests did not answer within 3 minutes
    echo "SKIPPED request history (open=false) of $n: the whole history read for one page"
  fi
}

grow_audit() {
  "${PSQL[@]}" <<SQL
-- updates of schools by five users over the last two years
INSERT INTO audit_event (id, occurred_at, username, action, entity_type, entity_id, changes)
  SELECT nextval('audit_event_seq'), now() - (g % 700) * interval '1 day' - (g % 1440) * interval '1 minute',
         (ARRAY['admin','dsi','ien','directrice','enseignant02'])[g % 5 + 1], 'UPDATE', 'School', (g % 500)::text,
         '{"phone":{"old":"0467000000","new":"0467' || lpad((g % 1000000)::text, 6, '0') || '"}}'
  FROM generate_series((SELECT count(*) FROM audit_event) + 1, $1) g;
ANALYZE audit_event;
SQL
}

measure_audit() {
  local n
  n=$("${PSQL[@]}" -c "SELECT count(*) FROM audit_event")
  python3 "$BENCH/measure.py" "$URL/api/audit?first=0&size=20" "$ADMIN" "$COUNT" "audit trail first page of $n events"
  python3 "$BENCH/measure.py" "$URL/api/audit?user=ien&first=0&size=20" "$ADMIN" "$COUNT" "audit trail of one user, $n events"
}

LISTS=(sessions schools equipment audit requests)
case "${1:-}" in
  sessions|schools|equipment|requests|audit)
    "grow_$1" "$2"
    "measure_$1"
    ;;
  all)
    for list in "${LISTS[@]}"; do "grow_$list" "$2"; done
    for list in "${LISTS[@]}"; do "measure_$list"; done
    ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
