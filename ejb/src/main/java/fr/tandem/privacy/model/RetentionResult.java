package fr.tandem.privacy.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one retention run did: the accounts deactivated before {@code deactivatedBefore} (that many
 * years before the run) it anonymised.
 */
@Schema(description = "What a retention run did: how many accounts deactivated long enough ago it anonymised.")
public record RetentionResult(
        @Schema(required = true, description = "Accounts anonymised by this run") int anonymised,
        @Schema(required = true, description = "The retention period, in years (tandem.privacy.retentionYears)",
                example = "3") int retentionYears,
        @Schema(required = true, description = "The accounts deactivated before this instant (UTC) were anonymised")
        Instant deactivatedBefore) {
}
