package fr.tandem.people.control;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.caller.CallerPrincipals;
import fr.tandem.school.control.CityConfinement;
import fr.tandem.school.control.SchoolConfinement;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is calling a boundary: their account and roles, as the container authenticated them. */
@Dependent
public class CurrentCaller implements SchoolConfinement, CityConfinement {

    @Inject
    SecurityContext security;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CallerPrincipals principals;

    public String username() {
        Principal principal = principals.current();
        return principal == null ? null : principal.getName();
    }

    public boolean is(Role role) {
        return security.isCallerInRole(role.name());
    }

    /** The caller's account (managed in the current transaction). */
    public Account account() {
        return account(LockModeType.NONE);
    }

    /**
     * The caller's account, its row locked until the transaction ends (one statement, where
     * finding the account and then locking it would take two).
     */
    public Account lockedAccount() {
        return account(LockModeType.PESSIMISTIC_WRITE);
    }

    private Account account(LockModeType lock) {
        String username = username();
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).setLockMode(lock)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("account.notFound", username));
    }

    @Override
    public Long confinedToSchoolId() {
        if (is(Role.ADMIN) || is(Role.CITY_STAFF) || is(Role.INSPECTOR) || is(Role.COUNCILLOR)) {
            return null;
        }
        Account account = account();
        return account.school() == null ? -1L : account.school().id();
    }

    @Override
    public String ownCirconscriptionCode() {
        if (!is(Role.INSPECTOR) || is(Role.ADMIN) || is(Role.CITY_STAFF)) {
            return null;
        }
        Account account = account();
        return account.circonscription() == null ? null : account.circonscription().code().value();
    }

    @Override
    public Long confinedToCityId() {
        if (is(Role.ADMIN) || !(is(Role.CITY_STAFF) || is(Role.COUNCILLOR))) {
            return null;
        }
        Account account = account();
        return account.city() == null ? NO_CITY : account.city().id();
    }
}
