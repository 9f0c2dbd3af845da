package fr.tandem.people.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token just created: the secret, to show once and never again, and how it will be listed. */
@Schema(description = "A personal API token just created: its secret (shown this once, never again) and the token "
        + "as it is listed from now on.")
public record CreatedToken(
        @Schema(required = true, description = "The token to send as 'Authorization: Bearer <secret>'",
                example = "tdm_...") String secret,
        @Schema(required = true) TokenSummary token) {
}
