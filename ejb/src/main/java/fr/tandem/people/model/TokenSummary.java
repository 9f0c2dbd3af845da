package fr.tandem.people.model;

import fr.tandem.people.ApiToken;
import java.time.Instant;

/**
 * A personal API token as its owner sees it in lists (the secret itself is shown only once):
 * whether it is revoked, when it expires and whether it has.
 */
public record TokenSummary(long id, String label, String secretPrefix, Instant createdAt, Instant lastUsedAt,
                           Instant revokedAt, boolean revoked, Instant expiresAt, boolean expired) {

    /** The token as it stands at {@code now}. */
    public static TokenSummary of(ApiToken token, Instant now) {
        return new TokenSummary(token.id(), token.label(), token.secretPrefix(), token.createdAt(),
                token.lastUsedAt(), token.revokedAt(), token.revokedAt() != null, token.expiresAt(),
                token.expired(now));
    }
}
