package fr.tandem.equipment.control;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.Kit;
import fr.tandem.equipment.LoanPool;
import fr.tandem.equipment.Reservation;
import fr.tandem.equipment.model.KitSummary;
import fr.tandem.equipment.model.PoolSummary;
import fr.tandem.equipment.model.ReservationSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The records pools, kits and reservations are shown as, with what the caller may see of them. */
@Dependent
public class LoanViews {

    @Inject
    LoanAccess access;

    public PoolSummary pool(LoanPool p) {
        return new PoolSummary(p.id(), p.name(), p.school() == null ? null : p.school().uai().value(),
                p.school() == null ? null : p.school().name(), p.approval(), p.maxDays(), p.remindLate(),
                access.manages(p));
    }

    public KitSummary kit(Kit k) {
        LoanPool p = k.pool();
        return new KitSummary(k.id(), k.name(), k.type(), p.id(), p.name(), p.school() == null ? null : p.school().name(),
                p.approval(), p.maxDays(), k.items().stream().map(Equipment::serialNumber).toList(), k.checklist(),
                access.manages(p));
    }

    public ReservationSummary reservation(Reservation r, LocalDate today) {
        boolean mine = access.mine(r);
        boolean managed = access.manages(r.kit().pool());
        return new ReservationSummary(r.id(), r.kit().id(), r.kit().name(), r.school().uai().value(), r.school().name(),
                mine || managed ? r.requester().displayName() : null, r.startsOn(), r.endsOn(),
                mine || managed ? r.note() : null, r.status(), r.refusalReason(), r.checkedOutAt(),
                managed ? r.checkedOutBy() : null, r.returnedAt(), r.condition(), r.missingParts(),
                mine || managed ? r.returnNote() : null, r.hasPhoto(), r.late(today), mine, managed);
    }

    /**
     * A reservation as a school's loans show it: the kit, the days and the state, naming nobody and without
     * the borrower's notes (a school's page is read by the inspectorate and city staff alike).
     */
    public ReservationSummary unnamed(Reservation r, LocalDate today) {
        return new ReservationSummary(r.id(), r.kit().id(), r.kit().name(), r.school().uai().value(), r.school().name(),
                null, r.startsOn(), r.endsOn(), null, r.status(), null, r.checkedOutAt(), null, r.returnedAt(),
                r.condition(), r.missingParts(), null, r.hasPhoto(), r.late(today), false, false);
    }
}
