package fr.tandem.privacy.boundary;

import fr.tandem.platform.audit.AuditChanges;
import fr.tandem.platform.audit.AuditNotes;
import fr.tandem.privacy.control.AccountAnonymisation;
import fr.tandem.privacy.control.RetentionSettings;
import fr.tandem.privacy.model.RetentionResult;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One retention run at the clock's instant: every account deactivated more than
 * {@code tandem.privacy.retentionYears} years ago and not yet anonymised is anonymised in its own
 * transaction, its row locked (two servers, or two runs, never anonymise one twice, and a failure
 * leaves the others done); then one audit row counts them, naming nobody (none when there were none).
 * Called by the daily timer and by administrators ({@link PersonalDataRetention}); it has no door of
 * its own, like the other timers' passes.
 */
@Stateless
@PermitAll
public class RetentionRun {

    @Resource
    SessionContext context;

    @Inject
    AccountAnonymisation anonymisation;

    @Inject
    RetentionSettings settings;

    @Inject
    AuditNotes auditNotes;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RetentionResult runDue() {
        RetentionRun self = context.getBusinessObject(RetentionRun.class);
        Instant now = clock.instant();
        Instant before = settings.deactivatedBefore(now);
        int anonymised = 0;
        for (Long id : self.due(before)) {
            if (self.anonymise(id, before, now)) {
                anonymised++;
            }
        }
        if (anonymised > 0) {
            self.count(anonymised, before, now);
        }
        return new RetentionResult(anonymised, settings.years(), before);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant deactivatedBefore) {
        return anonymisation.due(deactivatedBefore);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean anonymise(long accountId, Instant deactivatedBefore, Instant now) {
        return anonymisation.anonymiseIfDue(accountId, deactivatedBefore, now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void count(int anonymised, Instant deactivatedBefore, Instant now) {
        auditNotes.note("ANONYMISE", "Retention", RetentionSettings.parisDay(now).toString(), new AuditChanges()
                .changed("anonymised", null, anonymised)
                .changed("retentionYears", null, settings.years())
                .changed("deactivatedBefore", null, deactivatedBefore.toString()));
    }
}
