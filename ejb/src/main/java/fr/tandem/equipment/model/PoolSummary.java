package fr.tandem.equipment.model;

import fr.tandem.equipment.LoanApproval;

/** A pool of kits, its owner (a school, or none for the city's) and its rule; {@code managed}: the caller manages it. */
public record PoolSummary(long id, String name, String schoolUai, String schoolName, LoanApproval approval, int maxDays,
                          boolean remindLate, boolean managed) {
}
