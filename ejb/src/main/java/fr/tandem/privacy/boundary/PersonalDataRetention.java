package fr.tandem.privacy.boundary;

import fr.tandem.privacy.model.RetentionResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Administrators run the retention rule now (the timer runs it every night). */
@Stateless
@RolesAllowed("ADMIN")
public class PersonalDataRetention {

    @EJB
    RetentionRun run;

    /** Anonymises the accounts that are due; answers how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RetentionResult runNow() {
        return run.runDue();
    }
}
