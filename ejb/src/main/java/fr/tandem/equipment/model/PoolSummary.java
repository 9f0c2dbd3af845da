package fr.tandem.equipment.model;

import fr.tandem.equipment.LoanApproval;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pool of kits, its owner (a school, or none for the city's) and its rule; {@code managed}: the caller manages it. */
@Schema(description = "A pool of kits to lend, its owner and its rule.")
public record PoolSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(description = "The UAI of the school owning it; absent for the city's pools", example = "0341234X")
        String schoolUai,
        @Schema(description = "That school's name") String schoolName,
        @Schema(required = true) LoanApproval approval,
        @Schema(required = true, description = "The longest reservation, in days", example = "14") int maxDays,
        @Schema(required = true, description = "Whether late borrowers are reminded each day") boolean remindLate,
        @Schema(required = true, description = "Whether the caller manages it") boolean managed) {
}
