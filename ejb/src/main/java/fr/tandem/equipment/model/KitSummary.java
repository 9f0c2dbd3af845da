package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.LoanApproval;
import java.util.List;

/** A kit, its pool's rule, its items' serial numbers and its checklist; {@code managed}: the caller manages its pool. */
public record KitSummary(long id, String name, EquipmentType type, long poolId, String poolName, String ownerSchoolName,
                         LoanApproval approval, int maxDays, List<String> serialNumbers, List<String> checklist,
                         boolean managed) {
}
