package fr.tandem.people.model;

import fr.tandem.people.ApiToken;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A personal API token as its owner sees it in lists (the secret itself is shown only once):
 * whether it is revoked, when it expires and whether it has.
 */
@Schema(description = "A personal API token as its owner sees it in lists (never its secret).")
public record TokenSummary(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The name its owner gave it") String label,
        @Schema(required = true, description = "The first characters of the secret, to recognise it") String secretPrefix,
        @Schema(required = true, description = "When it was created (UTC)") Instant createdAt,
        @Schema(description = "When it was last used (UTC); absent if never") Instant lastUsedAt,
        @Schema(description = "When it was revoked (UTC); absent if not") Instant revokedAt,
        @Schema(required = true) boolean revoked,
        @Schema(required = true, description = "When it stops working (UTC)") Instant expiresAt,
        @Schema(required = true, description = "Whether it has expired") boolean expired) {

    /** The token as it stands at {@code now}. */
    public static TokenSummary of(ApiToken token, Instant now) {
        return new TokenSummary(token.id(), token.label(), token.secretPrefix(), token.createdAt(),
                token.lastUsedAt(), token.revokedAt(), token.revokedAt() != null, token.expiresAt(),
                token.expired(now));
    }
}
