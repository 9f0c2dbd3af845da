package fr.tandem.equipment.model;

import fr.tandem.equipment.ContractKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contract as pages and the API show it, with its notice deadline (null without a notice period). */
public record ContractSummary(long id, long supplierId, String supplierName, String reference, ContractKind kind,
                              LocalDate startsOn, LocalDate endsOn, int noticeDays, LocalDate noticeDeadline,
                              BigDecimal yearlyCost, String note, boolean tacitRenewal, List<ItemBrief> items,
                              long version) {
}
