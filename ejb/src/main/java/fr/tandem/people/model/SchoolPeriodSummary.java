package fr.tandem.people.model;

import fr.tandem.people.SchoolPeriod;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A school a person worked in and when (until is null for the school they are in now). */
@Schema(description = "A school a person worked in, and when.")
public record SchoolPeriodSummary(
        @Schema(required = true, example = "0341234X") String schoolUai,
        @Schema(required = true) String schoolName,
        @Schema(required = true, description = "When the person started there (UTC)") Instant from,
        @Schema(description = "When the person left (UTC); absent for the school they are in now") Instant until) {

    public static SchoolPeriodSummary of(SchoolPeriod period) {
        return new SchoolPeriodSummary(period.school().uai().value(), period.school().name(), period.startedAt(),
                period.endedAt());
    }
}
