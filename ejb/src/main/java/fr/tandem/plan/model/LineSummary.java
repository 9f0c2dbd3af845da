package fr.tandem.plan.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.PlanLineState;
import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan line as callers read it. Amounts (unit cost, estimate, grant, order amount, invoiced,
 * paid, invoices) are null, and invoices empty, for those who see no amounts (the inspectorate).
 * {@code schoolUai} is null for a line of the city's schools as a whole.
 */
public record LineSummary(long id, long planId, String schoolUai, String schoolName, int schoolYear,
                          PlanLineKind kind, EquipmentType equipmentType, String label, int quantity,
                          BigDecimal unitCost, BigDecimal estimatedCost, Programme programme, BigDecimal grantRate,
                          BigDecimal expectedGrant, PlanLineState state, String orderReference,
                          BigDecimal orderedAmount, LocalDate orderedOn, LocalDate deliveredOn, BigDecimal invoiced,
                          BigDecimal paid, String claimReference, List<InvoiceSummary> invoices,
                          List<LinkedItem> items, List<LinkedLicence> licences, boolean removable, long version) {

    /** Whether a grant claim covers the line (it is then frozen). */
    public boolean claimed() {
        return claimReference != null;
    }
}
