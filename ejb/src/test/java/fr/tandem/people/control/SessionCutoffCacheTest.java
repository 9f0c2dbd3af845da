package fr.tandem.people.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import fr.tandem.people.SessionCutoff;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-server cache of session cutoffs: how often it reads, how soon it sees a change, how much it holds. */
class SessionCutoffCacheTest {

    private static final Instant LOGIN = Instant.parse("2026-12-06T08:00:00Z");

    private Instant now = LOGIN.plusSeconds(60);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final Map<String, SessionCutoff> database = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final SessionCutoffCache cut = new SessionCutoffCache(clock, username -> {
        reads.incrementAndGet();
        return database.getOrDefault(username, SessionCutoff.UNKNOWN);
    });

    @Test
    void anAccountIsReadAtMostOncePerFreshnessPeriod() {
        database.put("zoe", new SessionCutoff(true, null));
        for (int i = 0; i < 100; i++) {
            assertThat(cut.allows("zoe", LOGIN), is(true));
        }
        assertThat(reads.get(), is(1));
        now = now.plus(SessionCutoffCache.FRESH_FOR).minusMillis(1);
        cut.allows("zoe", LOGIN);
        assertThat(reads.get(), is(1));
        now = now.plusMillis(1);
        cut.allows("zoe", LOGIN);
        assertThat(reads.get(), is(2));
    }

    @Test
    void aChangeOnThisServerIsSeenAtOnceAndOneOnAnotherAfterTheFreshnessPeriod() {
        database.put("zoe", new SessionCutoff(true, null));
        assertThat(cut.allows("zoe", LOGIN), is(true));

        // another server ends the sessions: seen once the entry is no longer fresh
        database.put("zoe", new SessionCutoff(true, now));
        assertThat(cut.allows("zoe", LOGIN), is(true));
        now = now.plus(SessionCutoffCache.FRESH_FOR);
        assertThat(cut.allows("zoe", LOGIN), is(false));
        assertThat(cut.allows("zoe", now), is(true));

        // this server deactivates the account: seen at the next request
        database.put("zoe", new SessionCutoff(false, now));
        cut.forgetAll();
        assertThat(cut.allows("zoe", now.plusSeconds(1)), is(false));

        // another server reactivates it and the person logs in here: the login reads it again
        database.put("zoe", new SessionCutoff(true, now));
        cut.forget("zoe");
        assertThat(cut.allows("zoe", now.plusSeconds(1)), is(true));
    }

    @Test
    void aCutoffReadWhileAChangeWasCommittedIsNotKept() {
        database.put("zoe", new SessionCutoff(true, null));
        SessionCutoffCache[] racing = new SessionCutoffCache[1];
        racing[0] = new SessionCutoffCache(clock, username -> {
            SessionCutoff read = database.get(username);
            if (reads.getAndIncrement() == 0) {
                // the change commits, and is announced, after this read but before the cache keeps what it read
                database.put(username, new SessionCutoff(false, now));
                racing[0].forgetAll();
            }
            return read;
        });
        assertThat(racing[0].allows("zoe", LOGIN), is(true));
        assertThat(racing[0].allows("zoe", LOGIN), is(false));
    }

    @Test
    void anUnknownAccountHasNoSessionAndTheCacheStaysBounded() {
        assertThat(cut.allows("nobody", LOGIN), is(false));
        for (int i = 0; i < SessionCutoffCache.MAX_ACCOUNTS + 10; i++) {
            database.put("user" + i, new SessionCutoff(true, null));
            cut.allows("user" + i, LOGIN);
        }
        assertThat(cut.size(), lessThanOrEqualTo(SessionCutoffCache.MAX_ACCOUNTS));
    }
}
