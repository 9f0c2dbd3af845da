package fr.tandem.people.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.AccountProfile;
import fr.tandem.people.ApiToken;
import fr.tandem.people.PasswordRules;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.people.control.PasswordHashing;
import fr.tandem.people.control.SchoolHistory;
import fr.tandem.people.control.SessionCutoffChanged;
import fr.tandem.people.model.AccountForm;
import fr.tandem.people.model.AccountPage;
import fr.tandem.people.model.AccountSummary;
import fr.tandem.people.model.SchoolPeriodSummary;
import fr.tandem.platform.Conflict;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.Paging;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.SearchText;
import fr.tandem.platform.persistence.QueryFilter;
import fr.tandem.school.Circonscription;
import fr.tandem.school.City;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Administration of accounts: list, create, edit, deactivate and reactivate (history kept). A
 * deactivation, a change of roles or a new password ends the person's open page sessions; a
 * deactivation or a new password also revokes their API tokens.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Accounts {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    Event<SessionCutoffChanged> cutoffChanged;

    @Inject
    SchoolHistory schoolHistory;

    /**
     * Accounts whose name, username or e-mail contains every word typed, optionally with a role,
     * sorted by last name.
     */
    public AccountPage search(String text, Role role, boolean includeInactive, int first, int size) {
        return new AccountPage(count(text, role, includeInactive), items(text, role, includeInactive, first, size));
    }

    /** The number of accounts that match (for a table that pages). */
    public long count(String text, Role role, boolean includeInactive) {
        QueryFilter filter = filter(text, role, includeInactive);
        return filter.bind(em.createQuery("select count(a) from Account a" + filter.where(), Long.class))
                .getSingleResult();
    }

    /** The accounts of one page, sorted by last name (for a table that pages). */
    public List<AccountSummary> items(String text, Role role, boolean includeInactive, int first, int size) {
        QueryFilter filter = filter(text, role, includeInactive);
        return filter.bind(em.createQuery("select a from Account a" + filter.where()
                        + " order by a.lastName, a.firstName, a.username", Account.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), Paging.MAX_SIZE))
                .getResultStream().map(AccountSummary::of).toList();
    }

    private static QueryFilter filter(String text, Role role, boolean includeInactive) {
        QueryFilter filter = new QueryFilter();
        List<String> words = SearchText.words(text);
        for (int i = 0; i < words.size(); i++) {
            filter.and("(lower(a.lastName) like :w" + i + " or lower(a.firstName) like :w" + i
                    + " or a.username like :w" + i + " or a.email like :w" + i + ")", "w" + i, "%" + words.get(i) + "%");
        }
        if (role != null) {
            filter.and(":role member of a.roles", "role", role);
        }
        if (!includeInactive) {
            // not "a.active = true": EclipseLink writes boolean literals as 1, which H2 2.x refuses
            filter.and("a.deactivatedAt is null");
        }
        return filter;
    }

    public AccountSummary find(String username) {
        return AccountSummary.of(entity(username));
    }

    /** The schools the person worked in, oldest first (a move by a directory or an administrator ends one). */
    public List<SchoolPeriodSummary> schoolHistory(String username) {
        return schoolHistory.of(entity(username)).stream().map(SchoolPeriodSummary::of).toList();
    }

    public AccountSummary create(AccountForm form) {
        String username = Account.normalizeUsername(form.username());
        if (findOptional(username) != null) {
            throw new Conflict("account.exists", username);
        }
        PasswordRules.check(username, form.password());
        Account account = new Account(username, profile(form), PasswordHashing.hash(form.password()), false,
                clock.instant());
        account.workFor(city(form, null));
        em.persist(account);
        schoolHistory.moved(account, null, account.createdAt());
        em.flush();
        return AccountSummary.of(account);
    }

    /** Changes identity, roles and workplace; sets a new password when the form carries one. */
    public AccountSummary update(String username, AccountForm form) {
        Account account = entity(username);
        if (form.version() != null && form.version() != account.version()) {
            throw new Conflict("concurrent.change");
        }
        Set<Role> rolesBefore = account.roles();
        School schoolBefore = account.school();
        account.update(profile(form));
        account.workFor(city(form, account.city()));
        schoolHistory.moved(account, schoolBefore, clock.instant());
        if (!account.roles().equals(rolesBefore)) {
            endSessions(account);
        }
        if (form.password() != null && !form.password().isEmpty()) {
            PasswordRules.check(account.username(), form.password());
            account.changePasswordHash(PasswordHashing.hash(form.password()), clock.instant());
            revokeTokens(account);
            cutoffChanged.fire(new SessionCutoffChanged(account.username()));
        }
        em.flush();
        return AccountSummary.of(account);
    }

    public AccountSummary deactivate(String username) {
        Account account = entity(username);
        if (account.username().equals(caller.username())) {
            throw new RuleViolation("account.self.deactivate");
        }
        account.deactivate(clock.instant());
        revokeTokens(account);
        cutoffChanged.fire(new SessionCutoffChanged(account.username()));
        return AccountSummary.of(account);
    }

    private void endSessions(Account account) {
        account.endSessions(clock.instant());
        cutoffChanged.fire(new SessionCutoffChanged(account.username()));
    }

    private void revokeTokens(Account account) {
        Instant now = clock.instant();
        em.createQuery("select t from ApiToken t where t.account = :a and t.revokedAt is null", ApiToken.class)
                .setParameter("a", account).getResultList().forEach(t -> t.revoke(now));
    }

    public AccountSummary reactivate(String username) {
        Account account = entity(username);
        account.reactivate();
        cutoffChanged.fire(new SessionCutoffChanged(account.username()));
        return AccountSummary.of(account);
    }

    private AccountProfile profile(AccountForm form) {
        School school = null;
        if (form.schoolUai() != null && !form.schoolUai().isBlank()) {
            Uai uai = Uai.of(form.schoolUai());
            school = em.createQuery("select s from School s where s.uai.value = :u", School.class).setParameter("u", uai.value())
                    .getResultStream().findFirst().orElseThrow(() -> new NotFound("school.notFound", uai));
        }
        Circonscription circonscription = null;
        if (form.circonscriptionCode() != null && !form.circonscriptionCode().isBlank()) {
            Uai code = Uai.of(form.circonscriptionCode());
            circonscription = em.createQuery("select c from Circonscription c where c.code.value = :c", Circonscription.class)
                    .setParameter("c", code.value()).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFound("circonscription.notFound", code));
        }
        return new AccountProfile(form.firstName(), form.lastName(), form.email(), form.roles(), school,
                circonscription, form.workingTimePercent());
    }

    /**
     * The city of a city employee or councillor: the form's, else the one they had; required once any
     * city exists. The other roles work for no city.
     */
    private City city(AccountForm form, City before) {
        Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
        if (!roles.contains(Role.CITY_STAFF) && !roles.contains(Role.COUNCILLOR)) {
            return null;
        }
        if (form.cityId() != null) {
            City city = em.find(City.class, form.cityId());
            if (city == null) {
                throw new NotFound("city.notFound");
            }
            return city;
        }
        if (before == null && em.createQuery("select count(c) from City c", Long.class).getSingleResult() > 0) {
            throw new RuleViolation("account.city.required");
        }
        return before;
    }

    private Account entity(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Account account = findOptional(normalized);
        if (account == null) {
            throw new NotFound("account.notFound", username);
        }
        return account;
    }

    private Account findOptional(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
    }
}
