package fr.tandem.demo;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * A part of the demo data, loaded at start-up once: only when demo data is on and its settings row
 * says not yet ({@link DemoOnce}); the row is marked in the same transaction as the data.
 */
abstract class DemoPart {

    private static final Logger LOG = Logger.getLogger(DemoPart.class.getName());

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DemoOnce once;

    private final String settingName;

    DemoPart(String settingName) {
        this.settingName = settingName;
    }

    @PostConstruct
    void loadOnce() {
        if (!once.claim(settingName)) {
            return;
        }
        String loaded = load(clock.instant());
        once.done(settingName);
        LOG.info(loaded);
    }

    /** Persists this part of the demo; answers what it loaded, for the log. */
    abstract String load(Instant now);
}
