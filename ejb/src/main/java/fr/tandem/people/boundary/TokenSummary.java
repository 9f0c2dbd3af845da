package fr.tandem.people.boundary;

import fr.tandem.people.ApiToken;
import java.time.Instant;

/** A personal API token as its owner sees it in lists (the secret itself is shown only once). */
public record TokenSummary(long id, String label, String secretPrefix, Instant createdAt, Instant lastUsedAt,
                           Instant revokedAt) {

    public static TokenSummary of(ApiToken token) {
        return new TokenSummary(token.id(), token.label(), token.secretPrefix(), token.createdAt(),
                token.lastUsedAt(), token.revokedAt());
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
