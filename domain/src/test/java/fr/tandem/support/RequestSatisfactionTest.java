package fr.tandem.support;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.people.Account;
import fr.tandem.people.AccountProfile;
import fr.tandem.people.Role;
import fr.tandem.platform.EntityIds;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.School;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The teacher's rating of a resolved request: who gives it, when, and how long it may change. */
class RequestSatisfactionTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private final School school = school();
    private final Account teacher = account("prof", EnumSet.of(Role.TEACHER), school, 1);
    private final Account head = account("directrice", EnumSet.of(Role.HEAD_TEACHER, Role.TEACHER), school, 2);
    private final Account staff = account("dsi", EnumSet.of(Role.CITY_STAFF), null, 3);

    private static School school() {
        School created = new School(Uai.of("0940176F"), new SchoolDetails("Ecole", SchoolKind.ELEMENTAIRE, null, null,
                null, "94260", "94034", "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, null, null),
                new Circonscription(Uai.of("0940927X"), "Fresnes"), false, NOW);
        EntityIds.withId(created, 1L);
        return created;
    }

    private static Account account(String name, EnumSet<Role> roles, School workplace, long id) {
        Account account = new Account(name, new AccountProfile("P", name, name + "@example.org", roles, workplace,
                null, roles.contains(Role.TEACHER) ? 100 : null), "hash", false, NOW);
        EntityIds.withId(account, id);
        return account;
    }

    private SupportRequest request() {
        return new SupportRequest(teacher, school, null, null, RequestCategory.SOFTWARE, "Logiciel bloqué",
                "Il ne démarre plus.", false, NOW);
    }

    @Test
    void onlyTheRequestsTeacherRatesItAndOnlyOnceResolvedOrClosed() {
        SupportRequest request = request();
        assertThat(assertThrows(RuleViolation.class, () -> new RequestSatisfaction(request, teacher, true, null, false,
                NOW)).key(), is("support.satisfaction.notResolved"));
        request.resolve(staff, "Réinstallé.", NOW.plusSeconds(60));
        assertThat(assertThrows(RuleViolation.class, () -> new RequestSatisfaction(request, head, true, null, false,
                NOW)).key(), is("support.satisfaction.requesterOnly"));
        assertThat(assertThrows(RuleViolation.class, () -> new RequestSatisfaction(request, staff, true, null, false,
                NOW)).key(), is("support.satisfaction.requesterOnly"));
        request.close(teacher, NOW.plusSeconds(120));
        RequestSatisfaction cut = new RequestSatisfaction(request, teacher, false, "  Trop long.  ", false,
                NOW.plusSeconds(180));
        assertThat(cut.satisfied(), is(false));
        assertThat(cut.comment(), is("Trop long."));
    }

    @Test
    void theRatingChangesWithinSevenDaysThenIsFinal() {
        SupportRequest request = request();
        request.resolve(staff, "Réinstallé.", NOW);
        RequestSatisfaction cut = new RequestSatisfaction(request, teacher, false, null, false, NOW);
        Instant lastMoment = NOW.plus(RequestSatisfaction.CHANGE_DELAY);
        cut.change(teacher, true, "Finalement oui.", lastMoment);
        assertThat(cut.satisfied(), is(true));
        assertThat(cut.changedAt(), is(lastMoment));
        assertThat(cut.changeable(lastMoment.plus(Duration.ofSeconds(1))), is(false));
        assertThat(assertThrows(RuleViolation.class, () -> cut.change(teacher, false, null,
                lastMoment.plus(Duration.ofSeconds(1)))).key(), is("support.satisfaction.final"));
        assertThat(cut.satisfied(), is(true));
    }
}
