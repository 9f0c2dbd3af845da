package fr.tandem.equipment.model;

import fr.tandem.equipment.LoanApproval;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pool as its manager writes it: no school for a pool of the city; a head teacher's is their school's. */
@Schema(description = "A loan pool as its manager writes it.")
public record PoolForm(
        @Schema(required = true, description = "150 characters at most") String name,
        @Schema(description = "The UAI of the school owning it; left out for a pool of the city (a head teacher's "
                + "pool is their school's)", example = "0341234X")
        String schoolUai,
        @Schema(required = true) LoanApproval approval,
        @Schema(required = true, description = "The longest reservation, in days", example = "14") Integer maxDays,
        @Schema(description = "Whether late borrowers are reminded each day; false when left out") Boolean remindLate) {
}
