package fr.tandem.plan.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.PlanLineState;
import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan line as callers read it. Amounts (unit cost, estimate, grant, order amount, invoiced,
 * paid, invoices) are null, and invoices empty, for those who see no amounts (the inspectorate).
 * {@code schoolUai} is null for a line of the city's schools as a whole.
 */
@Schema(description = "A plan line as callers read it: what it plans, its state, its invoices and the items and "
        + "licences it brought. Amounts are in euros, absent (and invoices empty) for those who see no amounts "
        + "(the inspectorate).")
public record LineSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long planId,
        @Schema(description = "The school's UAI; absent for a line of the city's schools as a whole.",
                example = "0341234A") String schoolUai,
        @Schema(description = "The school's name; absent for a line of the city's schools as a whole.")
        String schoolName,
        @Schema(required = true, description = "The school year, by the calendar year it starts in.", example = "2026")
        int schoolYear,
        @Schema(required = true) PlanLineKind kind,
        @Schema(description = "The type of the items; absent when the line names none.") EquipmentType equipmentType,
        @Schema(required = true) String label,
        @Schema(required = true, description = "How many items, seats or teachers.") int quantity,
        @Schema(description = "The estimated cost of one, in euros.", example = "3200.00") BigDecimal unitCost,
        @Schema(description = "The estimated cost (quantity × unit cost), in euros.", example = "12800.00")
        BigDecimal estimatedCost,
        @Schema(required = true, description = "Who funds it: TNE (the State's Territoires Numériques Éducatifs), "
                + "DEPARTEMENT (the département's grant) or CITY (the city's own budget).") Programme programme,
        @Schema(required = true, description = "The grant rate, in percent.", example = "70.00") BigDecimal grantRate,
        @Schema(description = "The grant expected (rate × estimated cost), in euros.", example = "8960.00")
        BigDecimal expectedGrant,
        @Schema(required = true) PlanLineState state,
        @Schema(description = "The order's reference; absent until ordered.", example = "BC-2026-118")
        String orderReference,
        @Schema(description = "What the order costs, in euros; absent until ordered.", example = "12400.00")
        BigDecimal orderedAmount,
        @Schema(description = "The day it was ordered (Paris time); absent until ordered.", example = "2026-03-02")
        LocalDate orderedOn,
        @Schema(description = "The day it was delivered (Paris time); absent until delivered.", example = "2026-04-01")
        LocalDate deliveredOn,
        @Schema(description = "What its invoices total, in euros.", example = "12400.00") BigDecimal invoiced,
        @Schema(description = "What its paid invoices total, in euros.", example = "12400.00") BigDecimal paid,
        @Schema(description = "The reference of the grant claim covering it (it is then frozen); absent while not "
                + "claimed.", example = "TNE-2026-001") String claimReference,
        @Schema(required = true, description = "Its invoices (empty for those who see no amounts).")
        List<InvoiceSummary> invoices,
        @Schema(required = true, description = "The items of the inventory it brought.") List<LinkedItem> items,
        @Schema(required = true, description = "The licences it brought.") List<LinkedLicence> licences,
        @Schema(required = true, description = "Whether it may be deleted: still planned, without invoices or grant "
                + "claim.") boolean removable,
        @Schema(required = true, description = "The version of the line, to send back with a change.") long version) {

    /** Whether a grant claim covers the line (it is then frozen). */
    public boolean claimed() {
        return claimReference != null;
    }
}
