package fr.tandem.equipment.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the late-return reminders every morning at 8:00, Paris time. What was reminded is in the
 * database, so a restart or a second server never mails a borrower twice the same day.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LateLoanTimer {

    private static final Logger LOG = Logger.getLogger(LateLoanTimer.class.getName());

    @EJB
    LateLoanRun run;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "8", minute = "0", timezone = "Europe/Paris", persistent = false, info = "late-loans")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pass() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int reminded = run.runDue();
            if (reminded > 0) {
                LOG.info(() -> "Late loans reminded: " + reminded);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Late-loan pass failed; tomorrow's retries", failed);
        } finally {
            running.set(false);
        }
    }
}
