package fr.tandem.licence.control;

import fr.tandem.licence.ReminderStages;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The reminder stages city staff chose, kept in the {@code licence.reminder.stages} setting. */
@Dependent
public class ReminderSettings {

    private static final String NAME = "licence.reminder.stages";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    public ReminderStages stages() {
        java.util.List<?> values = em.createNativeQuery("select setting_value from app_setting where setting_name = ?1")
                .setParameter(1, NAME).getResultList();
        return values.isEmpty() ? ReminderStages.DEFAULT : ReminderStages.parse(values.get(0).toString());
    }

    public ReminderStages change(ReminderStages stages) {
        String value = String.join(",", stages.days().stream().map(String::valueOf).toList());
        em.createNativeQuery("update app_setting set setting_value = ?1 where setting_name = ?2")
                .setParameter(1, value).setParameter(2, NAME).executeUpdate();
        return stages;
    }
}
