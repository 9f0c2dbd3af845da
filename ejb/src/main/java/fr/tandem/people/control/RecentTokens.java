package fr.tandem.people.control;

import fr.tandem.people.model.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The owners of the API tokens recognised in the last few seconds, keyed by the token's digest,
 * so that a burst of calls with one token does not look it up in the database each time.
 * Forgotten on this server as soon as a token is revoked or the owner's account changes
 * (deactivation, roles, password: {@link SessionCutoffChanged}); on the other servers of a
 * cluster, a revoked token or a deactivated account stops working within {@link #KEPT}.
 */
@ApplicationScoped
public class RecentTokens {

    /** How long an owner is kept after the database recognised the token. */
    public static final Duration KEPT = Duration.ofSeconds(5);
    /** The most tokens kept at once. */
    static final int MOST = 1_000;

    private record Kept(Caller caller, Instant until) {
    }

    private final ConcurrentHashMap<String, Kept> byDigest = new ConcurrentHashMap<>();

    /** The owner of the token recognised less than {@link #KEPT} ago (and not beyond its expiry). */
    public Optional<Caller> get(String digest, Instant now) {
        Kept kept = byDigest.get(digest);
        if (kept == null) {
            return Optional.empty();
        }
        if (!now.isBefore(kept.until()) || now.isBefore(kept.until().minus(KEPT))) {
            byDigest.remove(digest, kept);
            return Optional.empty();
        }
        return Optional.of(kept.caller());
    }

    /** Keeps the owner of a token the database has just recognised, which expires at {@code expiresAt}. */
    public void put(String digest, Caller caller, Instant now, Instant expiresAt) {
        if (byDigest.size() >= MOST) {
            byDigest.values().removeIf(kept -> !now.isBefore(kept.until()));
            if (byDigest.size() >= MOST) {
                byDigest.clear();
            }
        }
        Instant until = now.plus(KEPT);
        byDigest.put(digest, new Kept(caller, until.isBefore(expiresAt) ? until : expiresAt));
    }

    /** Forgets every token of the person (one of them revoked, or the account changed). */
    public void forget(String username) {
        byDigest.values().removeIf(kept -> kept.caller().username().equals(username));
    }

    void accountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionCutoffChanged change) {
        forget(change.username());
    }
}
