package fr.tandem.equipment.boundary;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.MaintenanceDetails;
import fr.tandem.equipment.MaintenanceRecord;
import fr.tandem.equipment.control.ItemScope;
import fr.tandem.equipment.model.MaintenanceForm;
import fr.tandem.equipment.model.MaintenanceSummary;
import fr.tandem.equipment.model.SupplierChoice;
import fr.tandem.licence.Supplier;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.time.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The interventions on an item (city staff and administrators): list, add, change, delete. An item
 * of another city, and its interventions, are not found; a supplier must be one of the item's city.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF"})
public class EquipmentMaintenance {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    ItemScope scope;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** The item's interventions, latest first. */
    public List<MaintenanceSummary> records(long equipmentId) {
        Equipment item = scope.readable(equipmentId);
        return em.createQuery("select m from MaintenanceRecord m left join fetch m.supplier where m.equipment = :item "
                        + "order by m.performedOn desc, m.id desc", MaintenanceRecord.class)
                .setParameter("item", item).getResultStream().map(EquipmentMaintenance::summary).toList();
    }

    /** The suppliers an intervention on that item may name: its city's, by name. */
    public List<SupplierChoice> suppliers(long equipmentId) {
        Equipment item = scope.readable(equipmentId);
        return em.createQuery("select new fr.tandem.equipment.model.SupplierChoice(s.id, s.name) from Supplier s "
                        + "where s.city = :city order by lower(s.name)", SupplierChoice.class)
                .setParameter("city", item.school().city()).getResultList();
    }

    public MaintenanceSummary add(long equipmentId, MaintenanceForm form) {
        MaintenanceForm given = Objects.requireNonNull(form);
        Equipment item = scope.readable(equipmentId);
        MaintenanceRecord record = new MaintenanceRecord(item, details(given), supplier(given.supplierId()), today(),
                caller.username(), clock.instant());
        em.persist(record);
        em.flush();
        return summary(record);
    }

    public MaintenanceSummary change(long equipmentId, long recordId, MaintenanceForm form) {
        MaintenanceForm given = Objects.requireNonNull(form);
        MaintenanceRecord record = record(equipmentId, recordId);
        record.revise(details(given), supplier(given.supplierId()), today());
        em.flush();
        return summary(record);
    }

    public void delete(long equipmentId, long recordId) {
        em.remove(record(equipmentId, recordId));
        em.flush();
    }

    private MaintenanceRecord record(long equipmentId, long recordId) {
        Equipment item = scope.readable(equipmentId);
        MaintenanceRecord record = em.find(MaintenanceRecord.class, recordId);
        if (record == null || !Objects.equals(record.equipment().id(), item.id())) {
            throw new NotFound("maintenance.notFound");
        }
        return record;
    }

    /** A supplier of the caller's city (the entity checks it is the item's), none when no id. */
    private Supplier supplier(Long id) {
        if (id == null) {
            return null;
        }
        Supplier supplier = em.find(Supplier.class, id);
        Long city = caller.confinedToCityId();
        if (supplier == null || city != null && (supplier.city() == null || !city.equals(supplier.city().id()))) {
            throw new NotFound("licence.supplier.notFound");
        }
        return supplier;
    }

    private static MaintenanceDetails details(MaintenanceForm form) {
        return new MaintenanceDetails(form.performedOn(), form.cost(), form.staffName(), form.description(),
                form.requestId());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.PARIS);
    }

    private static MaintenanceSummary summary(MaintenanceRecord m) {
        return new MaintenanceSummary(m.id(), m.equipment().id(), m.performedOn(),
                m.supplier() == null ? null : m.supplier().id(), m.supplier() == null ? null : m.supplier().name(),
                m.staffName(), m.cost(), m.description(), m.requestId(), m.recordedBy(), m.recordedAt());
    }
}
