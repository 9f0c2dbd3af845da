package fr.tandem.platform.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
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
 * Runs a pass of every topic's reminders (licences, warranties, contracts) a minute after start,
 * then every hour. What fired is in the database, so a restart or a second server never fires a
 * stage twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());
    private static final long FIRST_MILLIS = 60_000;
    private static final long EVERY_MILLIS = 3_600_000;

    @Resource
    TimerService timers;

    @EJB
    ReminderPass run;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(FIRST_MILLIS, EVERY_MILLIS, new TimerConfig("reminders", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pass() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int fired = run.runDue();
            if (fired > 0) {
                LOG.info(() -> "Reminders fired: " + fired);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Reminder pass failed; the next one retries", failed);
        } finally {
            running.set(false);
        }
    }
}
