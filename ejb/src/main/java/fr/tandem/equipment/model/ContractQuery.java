package fr.tandem.equipment.model;

import fr.tandem.equipment.ContractKind;

/**
 * The filters of the contracts list: words of the reference, supplier or note, a kind, a supplier,
 * and "ending within so many days" (contracts already ended are left out then).
 */
public record ContractQuery(String text, ContractKind kind, Long supplierId, Integer endingWithinDays) {
}
