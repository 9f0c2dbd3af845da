package fr.tandem.platform.reminder;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The reminder stages city staff chose for a topic, kept in its {@code app_setting} row. */
@Dependent
public class ReminderSettings {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The stages of the setting ({@link ReminderStages#DEFAULT} when the row is missing). */
    public ReminderStages stages(String setting) {
        List<?> values = em.createNativeQuery("select setting_value from app_setting where setting_name = ?1")
                .setParameter(1, setting).getResultList();
        return values.isEmpty() ? ReminderStages.DEFAULT : ReminderStages.parse(values.get(0).toString());
    }

    public ReminderStages change(String setting, ReminderStages stages) {
        String value = String.join(",", stages.days().stream().map(String::valueOf).toList());
        em.createNativeQuery("update app_setting set setting_value = ?1 where setting_name = ?2")
                .setParameter(1, value).setParameter(2, setting).executeUpdate();
        return stages;
    }
}
