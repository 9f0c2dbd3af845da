package fr.tandem.equipment.model;

import fr.tandem.equipment.ContractKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contract as a page or a client sends it: its supplier (one of the licences' suppliers), terms,
 * the ids of the items it covers, and on a change the version read.
 */
@Schema(description = "A contract on equipment as a client sends it, to add or change it.")
public record ContractForm(
        @Schema(required = true, description = "The id of its supplier (one of the licences' suppliers); the "
                + "contract belongs to the supplier's city")
        Long supplierId,
        @Schema(required = true, description = "The contract's reference, 100 characters at most",
                example = "M-2026-14")
        String reference,
        @Schema(required = true) ContractKind kind,
        @Schema(required = true, description = "The first day (a Paris day)", example = "2026-01-01")
        LocalDate startsOn,
        @Schema(required = true, description = "The last day, included (a Paris day), not before startsOn",
                example = "2028-12-31")
        LocalDate endsOn,
        @Schema(required = true, description = "The cost per year, in euros, at least 0", example = "1200.00")
        BigDecimal yearlyCost,
        @Schema(description = "The notice period, in days before the end, shorter than the contract; 0 when left "
                + "out", example = "90")
        Integer noticeDays,
        @Schema(description = "2000 characters at most") String note,
        @Schema(description = "Whether the contract renews itself unless notice is given; false when left out")
        Boolean tacitRenewal,
        @Schema(description = "The ids of the items it covers, items of the same city") List<Long> itemIds,
        @Schema(description = "On a change: the version read; 409 when the contract changed since (left out: no "
                + "check)")
        Long version) {
}
