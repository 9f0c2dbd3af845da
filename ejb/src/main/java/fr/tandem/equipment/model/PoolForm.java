package fr.tandem.equipment.model;

import fr.tandem.equipment.LoanApproval;

/** A pool as its manager writes it: no school for a pool of the city; a head teacher's is their school's. */
public record PoolForm(String name, String schoolUai, LoanApproval approval, Integer maxDays, Boolean remindLate) {
}
