package fr.tandem.people.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.DirectoryAccounts;
import fr.tandem.people.model.Caller;
import fr.tandem.people.model.DirectoryChange;
import fr.tandem.people.model.DirectoryPerson;
import fr.tandem.platform.audit.AuditListener;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recognises people an OpenID Connect provider vouches for. Open to anonymous callers (that is its
 * purpose): the web tier calls it only with claims of a token it has verified. A sign-in creates or
 * updates the account as the directory says ({@link DirectoryAccounts}), recorded in the audit trail
 * under the person's own username; a deactivated account is refused.
 */
@Stateless
@PermitAll
public class SingleSignOn {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    DirectoryAccounts directory;

    /**
     * The caller the person becomes, after their account is created or brought up to date.
     *
     * @throws fr.tandem.platform.RuleViolation {@code directory.account.deactivated}, or any refusal
     *                                          of the directory (unknown UAI, no role…)
     */
    public Caller signIn(DirectoryPerson person) {
        DirectoryChange planned = directory.preview(person);
        AuditListener.recordAs(planned.username());
        DirectoryChange applied = directory.apply(person);
        return caller(account(applied.username()).orElseThrow());
    }

    /**
     * The caller of an active account with this username, if there is one (a bearer token of the
     * provider names an account; it never creates one).
     */
    public Optional<Caller> activeCaller(String username) {
        if (username == null || username.isBlank() || username.length() > 60) {
            return Optional.empty();
        }
        return account(username.strip().toLowerCase(Locale.ROOT)).filter(Account::active).map(SingleSignOn::caller);
    }

    private Optional<Account> account(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    private static Caller caller(Account account) {
        return new Caller(account.username(), account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
