package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.LoanApproval;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kit, its pool's rule, its items' serial numbers and its checklist; {@code managed}: the caller manages its pool. */
@Schema(description = "A kit, its pool's rule, its items' serial numbers and its checklist.")
public record KitSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true) EquipmentType type,
        @Schema(required = true) long poolId,
        @Schema(required = true) String poolName,
        @Schema(description = "The name of the school owning the pool; absent for the city's pools")
        String ownerSchoolName,
        @Schema(required = true, description = "The pool's rule for approving reservations") LoanApproval approval,
        @Schema(required = true, description = "The longest reservation, in days") int maxDays,
        @Schema(required = true) List<String> serialNumbers,
        @Schema(required = true, description = "The parts to check at the return") List<String> checklist,
        @Schema(required = true, description = "Whether the caller manages its pool") boolean managed) {
}
