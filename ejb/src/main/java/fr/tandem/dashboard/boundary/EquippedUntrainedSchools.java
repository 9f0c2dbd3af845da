package fr.tandem.dashboard.boundary;

import fr.tandem.dashboard.control.EquippedUntrained;
import fr.tandem.dashboard.model.UntrainedSchool;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.school.School;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * The schools equipped but not trained, for the inspectorate: an inspector sees the schools of their
 * circonscription (none without one), an admin every school; each with the open offers to propose.
 */
@Stateless
@RolesAllowed({"INSPECTOR", "ADMIN"})
public class EquippedUntrainedSchools {

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    EquippedUntrained untrained;

    public List<UntrainedSchool> schools() {
        return untrained.of(readable(), clock.instant());
    }

    public byte[] csv() {
        return EquippedUntrained.csv(schools(), caller.account().language());
    }

    private Predicate<School> readable() {
        Account me = caller.account();
        if (me.hasRole(Role.ADMIN)) {
            return school -> true;
        }
        Long circonscription = me.circonscription() == null ? null : me.circonscription().id();
        return school -> school.circonscription().id().equals(circonscription);
    }
}
