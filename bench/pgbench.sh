#!/usr/bin/env bash
# The booking transaction of the rush, in plain SQL through pgbench, on the bench database:
# SESSIONS new sessions (copies of an existing one, capacity CAPACITY) x the TEACHERS demo teachers,
# CLIENTS connections, each pair booked once. Prints pgbench's figures and checks capacity.
#   bench/pgbench.sh [CLIENTS=40] [SESSIONS=10] [CAPACITY=10]
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DB=${BENCH_DB:-tandem_bench}
CLIENTS=${1:-40} SESSIONS=${2:-10} CAPACITY=${3:-10}
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt)
"${PSQL[@]}" <<SQL
DROP TABLE IF EXISTS bench_pair; DROP SEQUENCE IF EXISTS bench_pair_seq; DROP SEQUENCE IF EXISTS bench_booking_id;
-- booking ids far above the application's (its sequence allocates by 50 from the bottom)
CREATE SEQUENCE bench_booking_id START WITH 900000000;
SELECT setval('bench_booking_id', greatest(900000000, (SELECT max(id) FROM booking) + 1));
CREATE SEQUENCE bench_pair_seq;
CREATE TEMP TABLE new_session AS
  SELECT nextval('training_session_seq') * 1000 + g AS id, g FROM generate_series(1, $SESSIONS) g;
INSERT INTO training_session (id, offer_id, starts_at, ends_at, place, capacity, version)
  SELECT n.id, s.offer_id, s.starts_at + n.g * interval '1 day', s.ends_at + n.g * interval '1 day', 'pgbench', $CAPACITY, 0
  FROM new_session n CROSS JOIN (SELECT * FROM training_session ORDER BY id LIMIT 1) s;
CREATE TABLE bench_pair AS
  SELECT row_number() OVER (ORDER BY random()) AS n, s.id AS session_id, a.id AS teacher_id
  FROM new_session s CROSS JOIN account a WHERE a.username LIKE 'enseignant__';
CREATE UNIQUE INDEX ON bench_pair (n);
SQL
PAIRS=$("${PSQL[@]}" -c "SELECT count(*) FROM bench_pair")
PER_CLIENT=$((PAIRS / CLIENTS))
echo "pgbench: $PAIRS pairs, $CLIENTS clients x $PER_CLIENT transactions; load $(cut -d' ' -f1-3 /proc/loadavg)"
pgbench -h 127.0.0.1 -U postgres -n -c "$CLIENTS" -j 2 -t "$PER_CLIENT" -r -f "$BENCH/booking.pgbench" "$DB" 2>&1 \
  | grep -E 'tps|latency|number of (transactions|failed)|^ +[0-9.]+ +[0-9]+ +(SELECT|INSERT|BEGIN|COMMIT)'
"${PSQL[@]}" -c "SELECT 'pgbench check: sessions over capacity = ' || count(*) FROM (
  SELECT b.session_id FROM booking b JOIN bench_pair p ON p.session_id = b.session_id AND p.teacher_id = b.teacher_id
  WHERE b.status = 'CONFIRMED' GROUP BY b.session_id HAVING count(*) > $CAPACITY) x"
