package fr.tandem.people;

import fr.tandem.platform.Language;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.Circonscription;
import fr.tandem.school.City;
import fr.tandem.school.School;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who logs in to Tandem. Accounts are never deleted: a deactivated account keeps its
 * history and can no longer log in.
 */
@Entity
@Table(name = "account")
public class Account {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(nullable = false, length = 200)
    private String email;

    /** Null for a person who logs in by single sign-on only, or who has not yet answered an invitation. */
    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    /** The city a city employee or councillor works for: what they see and act on. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private City city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "circonscription_id")
    private Circonscription circonscription;

    @Column(name = "working_time_percent")
    private Integer workingTimePercent;

    @Column(nullable = false)
    private boolean active;

    /** The code of the language the person reads Tandem in: pages, mails, documents ("fr" or "en"). */
    @Column(nullable = false, length = 2)
    private String language = Language.FRENCH.code();

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    /**
     * When the retention rule replaced the person's identity by a pseudonym (see {@link #anonymise});
     * null while the account still names its person.
     */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /**
     * The SHA-256 digest of the secret in the address of the person's calendar feed (the secret
     * itself is shown once and not kept), or null when the person has no feed.
     */
    @Column(name = "calendar_digest", length = 64)
    private String calendarDigest;

    /**
     * Page sessions opened before this instant are over (see {@link SessionCutoff}); null
     * while none was ever ended.
     */
    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    /** A new active account; {@code passwordHash} is null for a person who will not log in with a password. */
    public Account(String username, AccountProfile profile, String passwordHash, boolean demo, Instant now) {
        this.username = normalizeUsername(username);
        this.passwordHash = passwordHash;
        this.active = true;
        this.demo = demo;
        this.createdAt = now;
        update(profile);
    }

    /** The form a username is stored and looked up in (trimmed, lower case), checked. */
    public static String normalizeUsername(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("account.username.required");
        }
        String candidate = raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(candidate).matches()) {
            throw new RuleViolation("account.username.shape", raw.strip());
        }
        return candidate;
    }

    /** Sets identity, roles and workplace; refuses combinations that cannot work. */
    public void update(AccountProfile profile) {
        String newFirst = Texts.required(profile.firstName(), "account.firstName.required", 100);
        String newLast = Texts.required(profile.lastName(), "account.lastName.required", 100);
        String newEmail = Texts.required(profile.email(), "account.email.required", 200).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(newEmail).matches()) {
            throw new RuleViolation("account.email.shape", newEmail);
        }
        Set<Role> newRoles = profile.roles() == null || profile.roles().isEmpty()
                ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(profile.roles());
        if (newRoles.isEmpty()) {
            throw new RuleViolation("account.roles.required");
        }
        boolean worksInSchool = newRoles.stream().anyMatch(Role::needsSchool);
        if (worksInSchool && profile.school() == null) {
            throw new RuleViolation("account.school.required");
        }
        if (newRoles.contains(Role.INSPECTOR) && profile.circonscription() == null) {
            throw new RuleViolation("account.circonscription.required");
        }
        Integer newWorkingTime = null;
        if (newRoles.contains(Role.TEACHER) || newRoles.contains(Role.HEAD_TEACHER)) {
            newWorkingTime = WorkingTime.of(profile.workingTimePercent()).percent();
        }
        firstName = newFirst;
        lastName = newLast;
        email = newEmail;
        roles = newRoles;
        school = worksInSchool ? profile.school() : null;
        circonscription = newRoles.contains(Role.INSPECTOR) ? profile.circonscription() : null;
        workingTimePercent = newWorkingTime;
    }

    /** Gives the calendar feed a new secret, kept as its digest: the previous address stops working. */
    public void renewCalendarFeed(String secretDigest) {
        calendarDigest = Objects.requireNonNull(secretDigest);
    }

    public boolean hasCalendarFeed() {
        return calendarDigest != null;
    }

    /** Sets a new password hash and ends the page sessions opened until now. */
    public void changePasswordHash(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash);
        endSessions(now);
    }

    /**
     * Ends every page session of the person opened until now: the next request of each of them
     * goes to the login page. Kept to the microsecond, as precise as the databases store it.
     */
    public void endSessions(Instant now) {
        sessionsValidAfter = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** What decides whether a page session of the person may go on. */
    public SessionCutoff sessionCutoff() {
        return new SessionCutoff(active, sessionsValidAfter);
    }

    /** Stops the person from logging in and ends their page sessions; everything they did stays. */
    public void deactivate(Instant now) {
        if (active) {
            active = false;
            deactivatedAt = now;
            endSessions(now);
        }
    }

    /** The language the person reads Tandem in: their pages, their mails, the documents they ask for. */
    public void changeLanguage(Language newLanguage) {
        language = newLanguage.code();
    }

    /** Lets the person log in again; an anonymised account names nobody any more and stays closed. */
    public void reactivate() {
        if (anonymisedAt != null) {
            throw new RuleViolation("account.anonymised.reactivate", username);
        }
        active = true;
        deactivatedAt = null;
    }

    /** The stable pseudonym an anonymised account is known by: {@code anonyme-<id>}. */
    public String pseudonym() {
        return "anonyme-" + id;
    }

    /**
     * Replaces the identity of a deactivated account by its {@link #pseudonym()}: username, names and
     * e-mail (an address of the reserved {@code .invalid} domain, which no mail can reach); the password
     * hash and the calendar feed's digest are gone and no page session survives. Roles, school,
     * circonscription, working time and language stay, so that the hours, bookings and requests hanging
     * on this row keep counting in the figures, under the pseudonym. Done once: an anonymised account
     * is left as it is.
     */
    public void anonymise(Instant now) {
        if (active) {
            throw new IllegalStateException("an active account is never anonymised");
        }
        if (anonymisedAt != null) {
            return;
        }
        username = pseudonym();
        firstName = "Anonyme";
        lastName = "#" + id;
        email = pseudonym() + "@anonyme.invalid";
        passwordHash = null;
        calendarDigest = null;
        endSessions(now);
        anonymisedAt = now;
    }

    public boolean anonymised() {
        return anonymisedAt != null;
    }

    public Instant anonymisedAt() {
        return anonymisedAt;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    /** Whether the person can log in with a password (else only by single sign-on or an invitation). */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public School school() {
        return school;
    }

    public Circonscription circonscription() {
        return circonscription;
    }

    /** The city of a city employee or councillor; {@code null} for the others (or not set yet). */
    public City city() {
        return city;
    }

    /** The city this person works for, from now on ({@code null}: none). */
    public void workFor(City employer) {
        city = employer;
    }

    public Integer workingTimePercent() {
        return workingTimePercent;
    }

    public boolean active() {
        return active;
    }

    public Language language() {
        return Language.of(language);
    }

    public boolean demo() {
        return demo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public Instant sessionsValidAfter() {
        return sessionsValidAfter;
    }

    public long version() {
        return version;
    }
}
