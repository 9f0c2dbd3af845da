package fr.tandem.licence.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.GrantSource;
import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.LicenceTerms;
import fr.tandem.licence.Product;
import fr.tandem.licence.ProductDetails;
import fr.tandem.licence.ProductKind;
import fr.tandem.licence.RenewalMode;
import fr.tandem.platform.reminder.ReminderStages;
import fr.tandem.school.Circonscription;
import fr.tandem.school.City;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.School;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reminder decision with a controllable clock. What fired is kept outside the planner (as the
 * database keeps it), so a "restart" is a new planner, with a later clock, reading it back.
 */
class ReminderPlannerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate END = LocalDate.of(2027, 8, 15);

    /** What the reminder table holds for the licence. */
    private final List<Integer> firedStages = new ArrayList<>();

    private static Clock at(LocalDate day, int hour) {
        return Clock.fixed(day.atTime(hour, 0).atZone(PARIS).toInstant(), PARIS);
    }

    private static Licence licence(Integer threshold) {
        City city = new City("Fresnes", List.of("94034"));
        Product product = new Product(city, new ProductDetails("Webradio", ProductKind.SOFTWARE, null, null, null, null,
                null), null);
        return new Licence(city, product, new LicenceTerms(1L, LicenceKind.PER_SEAT, 10, null, LocalDate.of(2026, 9, 1),
                END, BigDecimal.TEN, "EUR", GrantSource.NONE, 0, null, null, true, RenewalMode.MANUAL, 12, threshold,
                null, null), null);
    }

    /** One pass: fires what is due and records it, as ReminderPass does with the licence topic. */
    private Optional<Integer> pass(ReminderPlanner planner, Licence licence) {
        Optional<Integer> due = planner.reminded(licence)
                ? ReminderStages.DEFAULT.due(licence.validUntil(), planner.today(), List.copyOf(firedStages))
                : Optional.empty();
        due.ifPresent(firedStages::add);
        return due;
    }

    @Test
    void eachStageFiresOnceOnItsDayAcrossARestart() {
        Licence licence = licence(null);
        assertThat(pass(new ReminderPlanner(at(END.minusDays(91), 9)), licence), is(Optional.empty()));

        ReminderPlanner beforeRestart = new ReminderPlanner(at(END.minusDays(90), 0));
        assertThat(pass(beforeRestart, licence), is(Optional.of(90)));
        assertThat(pass(beforeRestart, licence), is(Optional.empty()));

        // the server stops and starts again: a new planner, the fired stages read back
        ReminderPlanner sameDayAfterRestart = new ReminderPlanner(at(END.minusDays(90), 23));
        assertThat(pass(sameDayAfterRestart, licence), is(Optional.empty()));
        ReminderPlanner afterRestart = new ReminderPlanner(at(END.minusDays(30), 8));
        assertThat(pass(afterRestart, licence), is(Optional.of(30)));
        assertThat(pass(new ReminderPlanner(at(END.minusDays(29), 8)), licence), is(Optional.empty()));
        assertThat(pass(new ReminderPlanner(at(END.minusDays(7), 8)), licence), is(Optional.of(7)));
        assertThat(pass(new ReminderPlanner(at(END, 8)), licence), is(Optional.empty()));
        assertThat(firedStages, is(List.of(90, 30, 7)));
    }

    @Test
    void parisMidnightDecidesTheDay() {
        Licence licence = licence(null);
        // 22:30 UTC is already 00:30 the next day in Paris (summer time): the day of the 90-day stage
        Clock lateUtc = Clock.fixed(Instant.parse("2027-05-16T22:30:00Z"), PARIS);
        assertThat(LocalDate.ofInstant(lateUtc.instant(), PARIS), is(END.minusDays(90)));
        assertThat(pass(new ReminderPlanner(lateUtc), licence), is(Optional.of(90)));
    }

    @Test
    void aRenewedOrCancelledLicenceGetsNoMoreReminders() {
        Licence renewed = licence(null);
        renewed.renew(Instant.now());
        assertThat(pass(new ReminderPlanner(at(END.minusDays(30), 8)), renewed), is(Optional.empty()));
        Licence cancelled = licence(null);
        cancelled.cancel();
        assertThat(pass(new ReminderPlanner(at(END.minusDays(30), 8)), cancelled), is(Optional.empty()));
    }

    @Test
    void theLowSeatsAlertFiresOnceAndRearmsWhenSeatsAreFreed() {
        Licence licence = licence(3);
        School school = new School(Uai.of("0940176F"), new SchoolDetails("École", SchoolKind.ELEMENTAIRE, null, null,
                null, "94260", "94034", "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, null, null),
                new Circonscription(Uai.of("0940927X"), "Fresnes"), false, Instant.now());
        school.belongTo(licence.city());
        ReminderPlanner planner = new ReminderPlanner(at(LocalDate.of(2026, 12, 1), 9));
        var given = licence.assign(school, AssignmentTarget.SCHOOL, null, null, 8, planner.today(), Instant.now());
        assertThat(planner.lowSeatsDue(licence, false), is(true));
        assertThat(planner.lowSeatsDue(licence, true), is(false));
        licence.release(given, Instant.now());
        assertThat(planner.lowSeatsRearmed(licence, true), is(true));
    }
}
