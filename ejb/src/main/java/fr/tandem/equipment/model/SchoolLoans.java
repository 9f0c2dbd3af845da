package fr.tandem.equipment.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A school's loans for its page: the kits it holds now (or should have today) and its live reservations to come. */
@Schema(description = "A school's loans: the kits it holds now (or should have today) and its live reservations to "
        + "come.")
public record SchoolLoans(
        @Schema(required = true) long schoolId,
        @Schema(required = true, example = "0341234X") String schoolUai,
        @Schema(required = true, description = "The kits it holds or should have today")
        List<ReservationSummary> current,
        @Schema(required = true, description = "Its live reservations to come") List<ReservationSummary> next) {
}
