package fr.tandem.equipment.boundary;

import fr.tandem.equipment.Contract;
import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.control.ContractEndTopic;
import fr.tandem.equipment.control.ContractNoticeTopic;
import fr.tandem.equipment.control.ContractViews;
import fr.tandem.equipment.control.WarrantyTopic;
import fr.tandem.equipment.model.EquipmentNotice;
import fr.tandem.equipment.model.ItemBrief;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.reminder.FiredReminder;
import fr.tandem.platform.reminder.ReminderNotices;
import fr.tandem.platform.time.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * City staff's equipment alerts: the items whose warranty ends soon, and the in-app notices of
 * warranties and contracts that the shared reminder pass fired (their own city's; every city's for
 * administrators).
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF"})
public class EquipmentAlerts {

    /** The longest look-ahead of the warranties list, in days. */
    public static final int MAX_DAYS = 3660;

    private static final List<String> TOPICS = List.of(WarrantyTopic.NAME, ContractNoticeTopic.NAME,
            ContractEndTopic.NAME);

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    ReminderNotices notices;

    @Inject
    Clock clock;

    /** Items not retired whose warranty ends between today and so many days from now, soonest first. */
    public List<ItemBrief> warrantiesEnding(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new RuleViolation("equipment.warranties.days", MAX_DAYS);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Clocks.PARIS);
        Long city = caller.confinedToCityId();
        var query = em.createQuery("select e from Equipment e join fetch e.school s where e.status <> :retired "
                        + "and e.warrantyEnd >= :today and e.warrantyEnd <= :until"
                        + (city == null ? "" : " and s.city.id = :city")
                        + " order by e.warrantyEnd, s.name, e.serialNumber", Equipment.class)
                .setParameter("retired", EquipmentStatus.RETIRED).setParameter("today", today)
                .setParameter("until", today.plusDays(days));
        return (city == null ? query : query.setParameter("city", city)).getResultStream().map(ContractViews::brief)
                .toList();
    }

    /** The warranty and contract notices of the caller's city, newest first. */
    public List<EquipmentNotice> notices() {
        List<FiredReminder> fired = notices.of(TOPICS, caller.confinedToCityId());
        Map<Long, String> items = new HashMap<>();
        Map<Long, String> contracts = new HashMap<>();
        List<Long> itemIds = fired.stream().filter(r -> r.topic().equals(WarrantyTopic.NAME))
                .map(FiredReminder::subjectId).distinct().toList();
        List<Long> contractIds = fired.stream().filter(r -> !r.topic().equals(WarrantyTopic.NAME))
                .map(FiredReminder::subjectId).distinct().toList();
        if (!itemIds.isEmpty()) {
            em.createQuery("select e from Equipment e join fetch e.school where e.id in :ids", Equipment.class)
                    .setParameter("ids", itemIds).getResultStream()
                    .forEach(e -> items.put(e.id(), e.serialNumber() + " — " + e.school().name()));
        }
        if (!contractIds.isEmpty()) {
            em.createQuery("select c from Contract c join fetch c.supplier where c.id in :ids", Contract.class)
                    .setParameter("ids", contractIds).getResultStream()
                    .forEach(c -> contracts.put(c.id(), c.reference() + " — " + c.supplier().name()));
        }
        return fired.stream().map(r -> new EquipmentNotice(r.id(), r.topic(), r.subjectId(),
                        (r.topic().equals(WarrantyTopic.NAME) ? items : contracts).get(r.subjectId()), r.stageDays(),
                        r.dueOn(), r.firedAt(), r.readAt() != null))
                .filter(n -> n.label() != null).toList();
    }

    public void markRead(long id) {
        if (!notices.markRead(id, TOPICS, caller.confinedToCityId())) {
            throw new NotFound("notice.notFound");
        }
    }
}
