package fr.tandem.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads a part of the demo data once: only when {@code tandem.demo.enabled} is true, and only while
 * its settings row says it is not loaded yet. The row stays locked while the part loads, so two
 * servers starting together load it once.
 */
@Dependent
public class DemoOnce {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tandem.demo.enabled", defaultValue = "false")
    boolean enabled;

    /**
     * Whether this part should load now: demo data is on and the row says not yet. The row is then
     * locked until the transaction ends; call {@link #done} after loading.
     */
    public boolean claim(String settingName) {
        if (!enabled) {
            return false;
        }
        Object loaded = em.createNativeQuery("select setting_value from app_setting where setting_name = ?1 for update")
                .setParameter(1, settingName).getSingleResult();
        return !"yes".equals(loaded);
    }

    /** Marks the part loaded, in the same transaction as its data. */
    public void done(String settingName) {
        em.createNativeQuery("update app_setting set setting_value = 'yes' where setting_name = ?1")
                .setParameter(1, settingName).executeUpdate();
    }
}
