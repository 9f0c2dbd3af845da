package fr.tandem.licence.model;

import fr.tandem.licence.ReminderKind;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An in-app notice: a licence ending in {@code stageDays} days, or running low on free seats. */
@Schema(description = "An in-app notice to city staff: a licence ending in some days, or running low on free seats.")
public record ReminderSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long licenceId,
        @Schema(required = true) String productName,
        @Schema(required = true) ReminderKind kind,
        @Schema(required = true, description = "For an EXPIRY notice, the stage: how many days before the end it "
                + "fired", example = "30")
        int stageDays,
        @Schema(required = true, description = "The licence's last day of validity, included (a Paris day)",
                example = "2027-08-31")
        LocalDate validUntil,
        @Schema(description = "The licence's free seats today; absent unless it is PER_SEAT") Integer freeSeats,
        @Schema(required = true, description = "When the notice was raised, an instant in UTC") Instant firedAt,
        @Schema(required = true) boolean read) {
}
