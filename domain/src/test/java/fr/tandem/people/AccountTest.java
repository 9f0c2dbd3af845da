package fr.tandem.people;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.EntityIds;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.School;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final Circonscription circonscription = new Circonscription(Uai.of("0940927X"), "Fresnes");
    private final School school = new School(Uai.of("0940176F"), new SchoolDetails("Ecole Doisneau",
            SchoolKind.ELEMENTAIRE, null, null, null, "94260", "94034", "Fresnes", PriorityEducation.NONE,
            SchoolState.OPEN, null, null), circonscription, false, NOW);

    private AccountProfile profile(Set<Role> roles, School where, Circonscription district, Integer workingTime) {
        return new AccountProfile("Zoé", "Essai", "Zoe.Essai@Example.org", roles, where, district, workingTime);
    }

    @Test
    void aTeacherBelongsToASchoolWithAWorkingTime() {
        Account cut = new Account(" Zoe.Essai ", profile(EnumSet.of(Role.TEACHER), school, null, 75), "hash", false, NOW);
        assertThat(cut.username(), is("zoe.essai"));
        assertThat(cut.email(), is("zoe.essai@example.org"));
        assertThat(cut.workingTimePercent(), is(75));
        assertThat(cut.school(), is(school));
    }

    @Test
    void rolesMustFitTheWorkplace() {
        assertThat(assertThrows(RuleViolation.class, () -> new Account("a1", profile(EnumSet.of(Role.TEACHER), null,
                null, 100), "h", false, NOW)).key(), is("account.school.required"));
        assertThat(assertThrows(RuleViolation.class, () -> new Account("a1", profile(EnumSet.of(Role.INSPECTOR), null,
                null, null), "h", false, NOW)).key(), is("account.circonscription.required"));
        assertThat(assertThrows(RuleViolation.class, () -> new Account("a1", profile(EnumSet.noneOf(Role.class), null,
                null, null), "h", false, NOW)).key(), is("account.roles.required"));
        assertThat(assertThrows(RuleViolation.class, () -> new Account("a1", profile(EnumSet.of(Role.TEACHER), school,
                null, 120), "h", false, NOW)).key(), is("account.workingTime.range"));
        assertThat(assertThrows(RuleViolation.class, () -> new Account("Zoé Essai", profile(EnumSet.of(Role.ADMIN),
                null, null, null), "h", false, NOW)).key(), is("account.username.shape"));
    }

    @Test
    void cityStaffKeepNoSchoolOrWorkingTime() {
        Account cut = new Account("dsi2", profile(EnumSet.of(Role.CITY_STAFF), school, circonscription, 50), "h", false, NOW);
        assertThat(cut.school(), is(nullValue()));
        assertThat(cut.circonscription(), is(nullValue()));
        assertThat(cut.workingTimePercent(), is(nullValue()));
    }

    @Test
    void deactivationKeepsTheAccountAndCanBeUndone() {
        Account cut = new Account("zoe", profile(EnumSet.of(Role.TEACHER), school, null, 100), "h", false, NOW);
        cut.deactivate(NOW);
        assertThat(cut.active(), is(false));
        assertThat(cut.deactivatedAt(), is(NOW));
        cut.reactivate();
        assertThat(cut.active(), is(true));
        assertThat(cut.deactivatedAt(), is(nullValue()));
    }

    @Test
    void endingSessionsRefusesThoseOpenedBeforeAndDeactivationOrANewPasswordEndsThem() {
        Account cut = new Account("zoe.essai", profile(EnumSet.of(Role.TEACHER), school, null, 75), "hash", false, NOW);
        assertThat(cut.sessionCutoff().allows(Instant.EPOCH), is(true));
        Instant change = NOW.plusSeconds(60).plusNanos(123_456_789);
        cut.changePasswordHash("new-hash", change);
        assertThat(cut.passwordHash(), is("new-hash"));
        assertThat(cut.sessionsValidAfter(), is(NOW.plusSeconds(60).plusNanos(123_456_000)));
        assertThat(cut.sessionCutoff().allows(NOW.plusSeconds(59)), is(false));
        assertThat(cut.sessionCutoff().allows(change), is(true));

        Instant later = NOW.plusSeconds(120);
        cut.deactivate(later);
        assertThat(cut.sessionsValidAfter(), is(later));
        assertThat(cut.sessionCutoff().allows(later.plusSeconds(1)), is(false));
        cut.reactivate();
        assertThat(cut.sessionCutoff().allows(later.minusSeconds(1)), is(false));
        assertThat(cut.sessionCutoff().allows(later.plusSeconds(1)), is(true));
    }

    @Test
    void anonymisingReplacesTheIdentityKeepsTheWorkplaceAndForbidsReactivation() {
        Account cut = EntityIds.withId(new Account("zoe.essai", profile(EnumSet.of(Role.TEACHER), school, null, 75),
                "hash", false, NOW), 42);
        cut.renewCalendarFeed("digest");
        assertThrows(IllegalStateException.class, () -> cut.anonymise(NOW));
        cut.deactivate(NOW);
        Instant later = NOW.plusSeconds(3600);
        cut.anonymise(later);
        assertThat(cut.username(), is("anonyme-42"));
        assertThat(cut.displayName(), is("Anonyme #42"));
        assertThat(cut.email(), is("anonyme-42@anonyme.invalid"));
        assertThat(cut.hasPassword(), is(false));
        assertThat(cut.hasCalendarFeed(), is(false));
        assertThat(cut.anonymisedAt(), is(later));
        assertThat(cut.school(), is(school));
        assertThat(cut.workingTimePercent(), is(75));
        cut.anonymise(later.plusSeconds(60));
        assertThat("done once", cut.anonymisedAt(), is(later));
        assertThat(assertThrows(RuleViolation.class, cut::reactivate).key(), is("account.anonymised.reactivate"));
        assertThat(cut.active(), is(false));
    }
}
