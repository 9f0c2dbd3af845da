package fr.tandem.privacy.model;

import java.time.Instant;

/**
 * What one retention run did: the accounts deactivated before {@code deactivatedBefore} (that many
 * years before the run) it anonymised.
 */
public record RetentionResult(int anonymised, int retentionYears, Instant deactivatedBefore) {
}
