package fr.tandem.privacy.boundary;

import fr.tandem.platform.time.Clocks;
import fr.tandem.privacy.model.RetentionResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the retention rule every night at 03:30, Paris time. A non-persistent timer on each server:
 * safe because each account is anonymised under its row lock, once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @Resource
    TimerService timers;

    @EJB
    RetentionRun run;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour(3).minute(30).second(0)
                .timezone(Clocks.PARIS.getId()), new TimerConfig("personal-data-retention", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pass() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            RetentionResult result = run.runDue();
            if (result.anonymised() > 0) {
                LOG.info(() -> "Accounts anonymised by the retention rule: " + result.anonymised());
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Personal data retention run failed; tomorrow's run retries", failed);
        } finally {
            running.set(false);
        }
    }
}
