package fr.tandem.platform.mail;

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
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every five seconds, sends what the outbox holds when mail is enabled. A run that is still
 * going makes the next one skip, so one server never sends in two threads at once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private static final long EVERY_MILLIS = 5_000;
    private static final int BATCH = 50;

    @Resource
    TimerService timers;

    @EJB
    OutboxDelivery delivery;

    @Inject
    MailSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (settings.enabled()) {
            timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig("outbox", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Long id : delivery.due(BATCH)) {
                delivery.deliver(id);
            }
        } finally {
            running.set(false);
        }
    }
}
