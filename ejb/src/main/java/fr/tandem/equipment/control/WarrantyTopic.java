package fr.tandem.equipment.control;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.reminder.ReminderSubject;
import fr.tandem.platform.reminder.ReminderTopic;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Equipment warranties as a reminder topic: items not retired whose warranty ends are reminded at
 * the warranties' stages, each item once per stage, grouped by city and day of the warranty's end:
 * two hundred tablets bought the same day give one mail per stage that lists them, not two hundred.
 */
@Dependent
public class WarrantyTopic implements ReminderTopic {

    /** The topic's name. */
    public static final String NAME = "WARRANTY_END";
    /** The setting of the warranties' stages. */
    public static final String STAGES_SETTING = "equipment.warranty.reminder.stages";
    /** The most items one mail lists; the others are counted. */
    static final int LISTED = 50;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String stagesSetting() {
        return STAGES_SETTING;
    }

    /** Items whose warranty ends between today and the horizon, in groups of one city and one day. */
    @Override
    public List<List<Long>> candidates(LocalDate today, LocalDate horizon) {
        List<Object[]> rows = em.createQuery("select e.id, c.id, e.warrantyEnd from Equipment e join e.school s "
                        + "join s.city c where e.status <> :retired and e.warrantyEnd >= :today "
                        + "and e.warrantyEnd <= :horizon order by c.id, e.warrantyEnd, e.id", Object[].class)
                .setParameter("retired", EquipmentStatus.RETIRED).setParameter("today", today)
                .setParameter("horizon", horizon).getResultList();
        List<List<Long>> groups = new ArrayList<>();
        Object[] previous = null;
        for (Object[] row : rows) {
            if (previous == null || !Objects.equals(previous[1], row[1]) || !Objects.equals(previous[2], row[2])) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add((Long) row[0]);
            previous = row;
        }
        return groups;
    }

    @Override
    public List<ReminderSubject> lock(List<Long> ids, LocalDate today) {
        return em.createQuery("select e from Equipment e join fetch e.school s where e.id in :ids order by e.id",
                        Equipment.class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().filter(e -> e.status() != EquipmentStatus.RETIRED && e.warrantyEnd() != null
                        && e.school().city() != null)
                .map(e -> new ReminderSubject(e.id(), e.school().city().id(), e.warrantyEnd(),
                        e.serialNumber() + " — " + e.brand() + " — " + e.school().name())).toList();
    }

    @Override
    public String mailSubject(TextBundle mails, int stageDays, List<ReminderSubject> items) {
        return mails.text("warranty.subject", items.size(), mails.date("contract.day.pattern", items.get(0).deadline()));
    }

    @Override
    public String mailBody(TextBundle mails, int stageDays, List<ReminderSubject> items) {
        String listed = items.stream().limit(LISTED).map(i -> "- " + i.label()).collect(Collectors.joining("\n"));
        String more = items.size() > LISTED ? "\n" + mails.text("warranty.more", items.size() - LISTED) : "";
        return mails.text("warranty.body", items.size(), mails.date("contract.day.pattern", items.get(0).deadline()),
                stageDays, listed + more);
    }
}
