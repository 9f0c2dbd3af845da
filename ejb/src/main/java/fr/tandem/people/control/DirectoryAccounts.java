package fr.tandem.people.control;

import fr.tandem.people.Account;
import fr.tandem.people.AccountProfile;
import fr.tandem.people.Role;
import fr.tandem.people.model.DirectoryChange;
import fr.tandem.people.model.DirectoryChange.Kind;
import fr.tandem.people.model.DirectoryPerson;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.City;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Creates and updates accounts from what a directory says of a person (single sign-on claims, a
 * line of a people import). The account is found by username, else by e-mail; its roles come from
 * {@link RoleMapping} (an ADMIN role given in Tandem is kept), its school from the first UAI that
 * names a school, an inspector's circonscription from a UAI that names one or else from that school.
 * A new city employee or councillor works for the deployment's city when there is exactly one;
 * otherwise an administrator places them (until then they see nothing of any city).
 * A new account has no password. A deactivated account is never changed: a directory does not bring
 * back someone Tandem has shut out. Runs inside the caller's transaction.
 */
@Dependent
public class DirectoryAccounts {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    RoleMapping mapping;

    @Inject
    SchoolHistory history;

    @Inject
    Clock clock;

    @Inject
    Event<SessionCutoffChanged> cutoffChanged;

    /**
     * What {@link #apply} would do, writing nothing.
     *
     * @throws RuleViolation or {@link NotFound} (with a message a person understands) when the
     *                       person cannot be applied
     */
    public DirectoryChange preview(DirectoryPerson person) {
        return plan(person).change();
    }

    /**
     * Creates the account (without a password) or brings it up to date; a change of school is kept in
     * the account's {@link SchoolHistory}, a change of roles ends the person's page sessions.
     *
     * @throws RuleViolation {@code directory.account.deactivated} for an account deactivated in Tandem,
     *                       or any refusal of {@link #preview}
     */
    public DirectoryChange apply(DirectoryPerson person) {
        Plan plan = plan(person);
        Instant now = clock.instant();
        switch (plan.change().kind()) {
            case CREATED -> {
                Account account = new Account(plan.change().username(), plan.profile(), null, false, now);
                placeInOnlyCity(account);
                em.persist(account);
                history.moved(account, null, now);
            }
            case UPDATED -> {
                Account account = plan.existing();
                School before = account.school();
                Set<Role> rolesBefore = account.roles();
                account.update(plan.profile());
                placeInOnlyCity(account);
                history.moved(account, before, now);
                if (!account.roles().equals(rolesBefore)) {
                    account.endSessions(now);
                    cutoffChanged.fire(new SessionCutoffChanged(account.username()));
                }
            }
            case UNCHANGED -> {
                // already as the directory says
            }
        }
        return plan.change();
    }

    /** A city employee or councillor without a city: the only city, if the deployment has exactly one. */
    private void placeInOnlyCity(Account account) {
        if (account.city() != null || !account.hasRole(Role.CITY_STAFF) && !account.hasRole(Role.COUNCILLOR)) {
            return;
        }
        List<City> cities = em.createQuery("select c from City c", City.class).setMaxResults(2).getResultList();
        if (cities.size() == 1) {
            account.workFor(cities.get(0));
        }
    }

    private Plan plan(DirectoryPerson person) {
        String email = person.email() == null || person.email().isBlank() ? null
                : person.email().strip().toLowerCase(Locale.ROOT);
        String username = person.username() == null || person.username().isBlank() ? null
                : Account.normalizeUsername(person.username());
        if (username == null && email == null) {
            throw new RuleViolation("directory.identity.required");
        }
        Account existing = find(username, email);
        if (existing != null && !existing.active()) {
            throw new RuleViolation("directory.account.deactivated", existing.username());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(mapping.roles(person.function(), person.groups()));
        if (roles.isEmpty()) {
            throw new RuleViolation("directory.roles.none");
        }
        if (existing != null && existing.hasRole(Role.ADMIN)) {
            roles.add(Role.ADMIN);
        }
        Places places = places(person.schoolUais(), roles);
        Integer workingTime = person.workingTimePercent() != null ? person.workingTimePercent()
                : existing != null && existing.workingTimePercent() != null ? existing.workingTimePercent() : 100;
        AccountProfile profile = new AccountProfile(person.firstName(), person.lastName(), email, roles,
                places.school(), places.circonscription(), workingTime);
        String finalName = existing != null ? existing.username()
                : username != null ? username : freeUsername(fromEmail(email));
        // checks the profile the way the account will (names, e-mail, roles and places that fit together)
        Account checked = new Account(finalName, profile, null, false, clock.instant());
        if (existing == null) {
            return new Plan(null, profile, change(Kind.CREATED, checked, List.of()));
        }
        List<String> changed = differences(existing, checked);
        return new Plan(existing, profile, change(changed.isEmpty() ? Kind.UNCHANGED : Kind.UPDATED, checked, changed));
    }

    private static DirectoryChange change(Kind kind, Account account, List<String> changed) {
        return new DirectoryChange(kind, account.username(), account.roles(),
                account.school() == null ? null : account.school().uai().value(), changed);
    }

    private static List<String> differences(Account before, Account after) {
        List<String> changed = new ArrayList<>();
        if (!before.firstName().equals(after.firstName())) {
            changed.add("firstName");
        }
        if (!before.lastName().equals(after.lastName())) {
            changed.add("lastName");
        }
        if (!before.email().equals(after.email())) {
            changed.add("email");
        }
        if (!before.roles().equals(after.roles())) {
            changed.add("roles");
        }
        if (!Objects.equals(id(before.school()), id(after.school()))) {
            changed.add("school");
        }
        if (!Objects.equals(before.circonscription() == null ? null : before.circonscription().id(),
                after.circonscription() == null ? null : after.circonscription().id())) {
            changed.add("circonscription");
        }
        if (!Objects.equals(before.workingTimePercent(), after.workingTimePercent())) {
            changed.add("workingTime");
        }
        return changed;
    }

    private static Long id(School school) {
        return school == null ? null : school.id();
    }

    /** The account with this username, else the one account with this e-mail. */
    private Account find(String username, String email) {
        if (username != null) {
            Account byName = em.createQuery("select a from Account a where a.username = :u", Account.class)
                    .setParameter("u", username).getResultStream().findFirst().orElse(null);
            if (byName != null) {
                return byName;
            }
        }
        if (email == null) {
            return null;
        }
        List<Account> byEmail = em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", email).setMaxResults(2).getResultList();
        if (byEmail.size() > 1) {
            throw new RuleViolation("directory.email.ambiguous", email);
        }
        return byEmail.isEmpty() ? null : byEmail.get(0);
    }

    /**
     * The school and circonscription the UAIs name. A UAI that is badly shaped is refused (the
     * message says which letter was expected); one that names nothing in Tandem is refused when the
     * roles need a place and none of the UAIs gives one.
     */
    private Places places(List<String> uais, Set<Role> roles) {
        School school = null;
        Circonscription circonscription = null;
        List<String> unknown = new ArrayList<>();
        for (String raw : uais) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            Uai uai = Uai.of(raw);
            School found = em.createQuery("select s from School s where s.uai.value = :u", School.class)
                    .setParameter("u", uai.value()).getResultStream().findFirst().orElse(null);
            if (found != null) {
                school = school == null ? found : school;
                continue;
            }
            Circonscription named = em.createQuery("select c from Circonscription c where c.code.value = :c",
                            Circonscription.class)
                    .setParameter("c", uai.value()).getResultStream().findFirst().orElse(null);
            if (named != null) {
                circonscription = circonscription == null ? named : circonscription;
            } else {
                unknown.add(uai.value());
            }
        }
        if (circonscription == null && school != null) {
            circonscription = school.circonscription();
        }
        boolean needsSchool = roles.stream().anyMatch(Role::needsSchool);
        boolean needsCirconscription = roles.contains(Role.INSPECTOR);
        boolean missing = needsSchool && school == null || needsCirconscription && circonscription == null;
        if (missing && !unknown.isEmpty()) {
            throw new NotFound("directory.uai.unknown", String.join(", ", unknown));
        }
        return new Places(school, circonscription);
    }

    /** A username made from an e-mail's local part: letters without accents, digits, '.', '_' and '-'. */
    static String fromEmail(String email) {
        String local = email.substring(0, Math.max(0, email.indexOf('@')));
        String plain = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", ".").replaceAll("^[^a-z0-9]+", "");
        if (plain.length() > 55) {
            plain = plain.substring(0, 55);
        }
        return plain.length() < 2 ? "personne" : plain;
    }

    /** The name, or the name followed by the smallest number from 2 that no account has. */
    private String freeUsername(String base) {
        String candidate = base;
        for (int n = 2; taken(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private boolean taken(String username) {
        return !em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username).setMaxResults(1).getResultList().isEmpty();
    }

    private record Places(School school, Circonscription circonscription) {
    }

    private record Plan(Account existing, AccountProfile profile, DirectoryChange change) {
    }
}
