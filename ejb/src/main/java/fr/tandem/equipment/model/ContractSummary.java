package fr.tandem.equipment.model;

import fr.tandem.equipment.ContractKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contract as pages and the API show it, with its notice deadline (null without a notice period). */
@Schema(description = "A contract on equipment (maintenance, rental, leasing, support) with the items it covers and "
        + "its notice deadline.")
public record ContractSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long supplierId,
        @Schema(required = true) String supplierName,
        @Schema(required = true, description = "M-2026-14") String reference,
        @Schema(required = true) ContractKind kind,
        @Schema(required = true, description = "The first day (a Paris day)", example = "2026-01-01")
        LocalDate startsOn,
        @Schema(required = true, description = "The last day, included (a Paris day)", example = "2028-12-31")
        LocalDate endsOn,
        @Schema(required = true, description = "The notice period, in days before the end (0: none)", example = "90")
        int noticeDays,
        @Schema(description = "The last day to give notice (a Paris day); absent without a notice period",
                example = "2028-10-02")
        LocalDate noticeDeadline,
        @Schema(required = true, description = "The cost per year, in euros", example = "1200.00")
        BigDecimal yearlyCost,
        String note,
        @Schema(required = true, description = "Whether the contract renews itself unless notice is given")
        boolean tacitRenewal,
        @Schema(required = true, description = "The items it covers") List<ItemBrief> items,
        @Schema(required = true, description = "The contract's version, to send back with a change") long version) {
}
