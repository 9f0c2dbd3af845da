package fr.tandem.people.control;

import fr.tandem.people.SessionCutoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The session cutoffs of the accounts recently seen on this server, each kept for
 * {@link #FRESH_FOR} at most, so that a page request costs at most one small query per account
 * per {@link #FRESH_FOR}. A change made on this server is seen at once ({@link #forgetAll});
 * one made on another server of the cluster after {@link #FRESH_FOR} at most. Holds at most
 * {@link #MAX_ACCOUNTS} accounts.
 */
public final class SessionCutoffCache {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    static final int MAX_ACCOUNTS = 10_000;

    /** A cutoff as read at an instant, while the cache was in a generation. */
    private record Entry(SessionCutoff cutoff, Instant readAt, long generation) {
    }

    private final Clock clock;
    private final Function<String, SessionCutoff> reader;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on at every change: entries of an earlier generation are read again. */
    private final AtomicLong generation = new AtomicLong();

    /** A cache reading with {@code reader} the cutoff of a username ({@link SessionCutoff#UNKNOWN} if none). */
    public SessionCutoffCache(Clock clock, Function<String, SessionCutoff> reader) {
        this.clock = clock;
        this.reader = reader;
    }

    /** Whether a page session of that account opened at {@code openedAt} may go on. */
    public boolean allows(String username, Instant openedAt) {
        return cutoff(username).allows(openedAt);
    }

    SessionCutoff cutoff(String username) {
        Instant now = clock.instant();
        long current = generation.get();
        Entry entry = entries.get(username);
        if (entry != null && entry.generation() == current && now.isBefore(entry.readAt().plus(FRESH_FOR))) {
            return entry.cutoff();
        }
        // read under the generation seen before reading: a change committed meanwhile makes it stale at once
        SessionCutoff read = reader.apply(username);
        if (entries.size() >= MAX_ACCOUNTS) {
            entries.values().removeIf(e -> e.generation() != current || !now.isBefore(e.readAt().plus(FRESH_FOR)));
            if (entries.size() >= MAX_ACCOUNTS) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(read, now, current));
        return read;
    }

    /**
     * Reads every account again at its next request: called once a change that ends sessions is
     * committed (changes are rare; one generation for all keeps it simple and race-free).
     */
    public void forgetAll() {
        generation.incrementAndGet();
    }

    /** Reads that account again at its next request. */
    public void forget(String username) {
        entries.remove(username);
    }

    int size() {
        return entries.size();
    }
}
