package fr.tandem.training.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;

/**
 * The training settings kept in {@code app_setting}: after how many days a teacher whose request
 * waits is told so, and how many days before a session giving up a seat is a late cancellation.
 */
@Dependent
public class TrainingSettings {

    static final String WAITING_DAYS = "training.validation.waiting-days";
    static final String LATE_DAYS = "training.cancellation.late-days";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** How long a request waits before the teacher is told it still does (7 days by default). */
    public Duration waitingNotice() {
        return Duration.ofDays(days(WAITING_DAYS, 7));
    }

    /** Giving up a seat less than this before the session is a late cancellation (2 days by default). */
    public Duration lateCancellationNotice() {
        return Duration.ofDays(days(LATE_DAYS, 2));
    }

    private int days(String name, int fallback) {
        List<?> values = em.createNativeQuery("select setting_value from app_setting where setting_name = ?1")
                .setParameter(1, name).getResultList();
        if (values.isEmpty()) {
            return fallback;
        }
        try {
            return Math.max(0, Integer.parseInt(values.get(0).toString().trim()));
        } catch (NumberFormatException unreadable) {
            return fallback;
        }
    }
}
