package fr.tandem.privacy.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.privacy.control.PersonalDataDocument;
import fr.tandem.privacy.control.PersonalDataGathering;
import fr.tandem.privacy.model.PersonalDataReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The right of access: every person downloads everything Tandem holds about them, as data (JSON)
 * or as a readable document (PDF, in their language). Nobody reads another person's data here.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "INSPECTOR", "HEAD_TEACHER", "TEACHER", "COUNCILLOR", "TRAINER"})
public class PersonalData {

    @Inject
    CurrentCaller caller;

    @Inject
    PersonalDataGathering gathering;

    @Inject
    Clock clock;

    public PersonalDataReport mine() {
        return gathering.of(caller.account(), clock.instant());
    }

    public byte[] mineAsPdf() {
        Account me = caller.account();
        return PersonalDataDocument.of(gathering.of(me, clock.instant()), me.language());
    }
}
