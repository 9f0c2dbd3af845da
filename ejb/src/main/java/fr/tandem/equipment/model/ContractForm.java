package fr.tandem.equipment.model;

import fr.tandem.equipment.ContractKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as a page or a client sends it: its supplier (one of the licences' suppliers), terms,
 * the ids of the items it covers, and on a change the version read.
 */
public record ContractForm(Long supplierId, String reference, ContractKind kind, LocalDate startsOn, LocalDate endsOn,
                           BigDecimal yearlyCost, Integer noticeDays, String note, Boolean tacitRenewal,
                           List<Long> itemIds, Long version) {
}
