package fr.tandem.plan.control;

import fr.tandem.equipment.Equipment;
import fr.tandem.licence.Licence;
import fr.tandem.plan.DigitalPlan;
import fr.tandem.plan.PlanInvoice;
import fr.tandem.plan.PlanLine;
import fr.tandem.plan.model.EnvelopeSummary;
import fr.tandem.plan.model.InvoiceSummary;
import fr.tandem.plan.model.LineSummary;
import fr.tandem.plan.model.LinkedItem;
import fr.tandem.plan.model.LinkedLicence;
import fr.tandem.plan.model.PlanSummary;
import java.util.List;

/** Plans, lines, invoices and linked items as callers read them: with or without their amounts. */
public final class PlanViews {

    private PlanViews() {
    }

    public static PlanSummary summary(DigitalPlan plan, boolean editable, boolean amounts) {
        return new PlanSummary(plan.id(), plan.city().id(), plan.city().name(), plan.title(), plan.firstYear(),
                plan.lastYear(), plan.yearsLabel(), plan.envelopes().stream().map(e -> new EnvelopeSummary(
                        e.programme(), e.rate(), amounts ? e.amount() : null)).toList(), editable, amounts,
                plan.version());
    }

    public static LineSummary line(PlanLine l, boolean amounts) {
        List<InvoiceSummary> invoices = amounts ? l.invoices().stream().map(PlanViews::invoice).toList() : List.of();
        return new LineSummary(l.id(), l.plan().id(), l.school() == null ? null : l.school().uai().value(),
                l.school() == null ? null : l.school().name(), l.schoolYear(), l.kind(), l.equipmentType(), l.label(),
                l.quantity(), amounts ? l.unitCost() : null, amounts ? l.estimatedCost() : null, l.programme(),
                l.grantRate(), amounts ? l.estimatedGrant() : null, l.state(), l.orderReference(),
                amounts ? l.orderedAmount() : null, l.orderedOn(), l.deliveredOn(), amounts ? l.invoiced() : null,
                amounts ? l.paid() : null, l.claimReference(), invoices,
                l.items().stream().map(PlanViews::item).toList(),
                l.licences().stream().map(PlanViews::licence).toList(), l.removable(), l.version());
    }

    public static InvoiceSummary invoice(PlanInvoice i) {
        return new InvoiceSummary(i.id(), i.reference(), i.issuedOn(), i.paidOn(), i.amount());
    }

    public static LinkedItem item(Equipment e) {
        return new LinkedItem(e.id(), e.serialNumber(), e.type(), e.brand(), e.model(), e.room());
    }

    public static LinkedLicence licence(Licence l) {
        return new LinkedLicence(l.id(), l.product().name(), l.orderNumber(), l.seats(), l.validUntil());
    }
}
