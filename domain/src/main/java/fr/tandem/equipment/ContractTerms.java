package fr.tandem.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a contract says, as a form gives it (checked by {@link Contract}). */
public record ContractTerms(String reference, ContractKind kind, LocalDate startsOn, LocalDate endsOn,
                            BigDecimal yearlyCost, Integer noticeDays, String note, boolean tacitRenewal) {
}
