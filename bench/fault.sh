#!/usr/bin/env bash
# Fault: kill -9 the bench server in the middle of a booking rush, start it again, then check that
# every booking acknowledged to a client is in the database, nothing is half-written or over
# capacity, and that no mail went out twice (SMTP sink of bench/smtp_sink.py).
#   bench/fault.sh [KILL_AFTER_SECONDS=3] [DAY0=200]   (seconds after the rush starts)
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
cd "$ROOT"
KILL_AFTER=${1:-3} DAY0=${2:-200}
DB=${BENCH_DB:-tandem_bench}
MAILS=$BENCH/target/mails.jsonl
ACKS=$BENCH/target/acks-fault.txt
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt)

duplicates() {  # mails received more than once: same outbox key, or same recipient and subject
  python3 - "$MAILS" <<'PY'
import collections, json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
keys = collections.Counter(l["key"] for l in lines)
pairs = collections.Counter((",".join(l["to"]), l["subject"]) for l in lines)
print(f"mails received {len(lines)}, outbox keys received twice or more {sum(1 for c in keys.values() if c > 1)}, "
      f"recipient+subject received twice or more {sum(1 for c in pairs.values() if c > 1)}")
PY
}

echo "before: $(duplicates)"
java "$BENCH/Rush.java" rush teachers=40 sessions=10 capacity=10 label=fault day0="$DAY0" acks="$ACKS" \
  > "$BENCH/target/fault-rush.log" 2>&1 &
RUSH=$!
# the offer and sessions are created first; the rush starts when Rush prints them
until grep -q '^offer ' "$BENCH/target/fault-rush.log"; do sleep 0.2; done
sleep "$KILL_AFTER"
PID=$("$BENCH/server.sh" pid)
kill -9 "$PID"
echo "killed server $PID $KILL_AFTER s into the rush; load $(cut -d' ' -f1-3 /proc/loadavg)"
wait "$RUSH" || true
grep -E '^RUSH' "$BENCH/target/fault-rush.log" || true
SESSIONS=$(<"$ACKS.sessions")
"$BENCH/server.sh" restart
java "$BENCH/Rush.java" verify sessions="$SESSIONS" capacity=10 acks="$ACKS" || echo "VERIFY failed"
"${PSQL[@]}" <<SQL
SELECT 'bookings without their session: ' || count(*) FROM booking b LEFT JOIN training_session s ON s.id = b.session_id WHERE s.id IS NULL;
SELECT 'sessions over capacity: ' || count(*) FROM (SELECT s.id FROM training_session s JOIN booking b ON b.session_id = s.id
  WHERE b.status = 'CONFIRMED' GROUP BY s.id, s.capacity HAVING count(*) > s.capacity) x;
SELECT 'sessions with a free seat and someone waiting: ' || count(*) FROM training_session s
  WHERE s.id IN ($SESSIONS) AND (SELECT count(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED') < s.capacity
  AND EXISTS (SELECT 1 FROM booking b WHERE b.session_id = s.id AND b.status = 'WAITLISTED');
SELECT 'rush bookings without their mail queued (convocation or waiting-line note): ' || count(*) FROM booking b
  WHERE b.session_id IN ($SESSIONS) AND NOT EXISTS (SELECT 1 FROM outbox_message m WHERE m.message_key LIKE 'booking-' || b.id || '-%');
SQL
echo "waiting for the outbox to drain (timer every 5 s)"
for _ in $(seq 1 60); do
  left=$("${PSQL[@]}" -c "SELECT count(*) FROM outbox_message WHERE sent_at IS NULL AND next_attempt_at <= now() + interval '1 minute'")
  [[ $left == 0 ]] && break
  sleep 5
done
echo "outbox messages due and not sent: $left"
echo "after: $(duplicates)"
