package fr.tandem.equipment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.people.Account;
import fr.tandem.people.AccountProfile;
import fr.tandem.people.Role;
import fr.tandem.platform.EntityIds;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.City;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.School;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reservation's rules: its days, the pool's maximum, automatic approval, its steps, lateness and one reminder a day. */
class ReservationTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final City city = EntityIds.withId(new City("Béziers", List.of("34032")), 1L);
    private final School school = school();
    private final Account teacher = new Account("enseignant", new AccountProfile("Éric", "Enseignant",
            "e@example.test", EnumSet.of(Role.TEACHER), school, null, 100), null, false, NOW);

    private School school() {
        School s = EntityIds.withId(new School(Uai.of("0349104L"), new SchoolDetails("École", SchoolKind.ELEMENTAIRE,
                null, null, null, "34500", "34032", "Béziers", PriorityEducation.NONE, SchoolState.OPEN, null, null),
                new Circonscription(Uai.of("0341101M"), "Béziers-Centre"), false, NOW), 2L);
        s.belongTo(city);
        return s;
    }

    private Kit kit(LoanApproval approval, int maxDays) {
        return new Kit("Chariot", EquipmentType.MOBILE_TABLET_SET, new LoanPool("Parc", city, null, approval, maxDays, true),
                List.of(), "16 tablettes\n1 chariot, 1 borne wifi\n\n16 tablettes");
    }

    private Reservation reserve(Kit kit, LocalDate from, LocalDate to) {
        return new Reservation(kit, teacher, school, from, to, null, false, TODAY, NOW);
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).key();
    }

    @Test
    void itsDaysMustStartTodayOrLaterEndAfterTheStartAndFitThePool() {
        Kit kit = kit(LoanApproval.STAFF, 5);
        assertThat(refusal(() -> reserve(kit, TODAY.minusDays(1), TODAY)), is("loans.dates.past"));
        assertThat(refusal(() -> reserve(kit, TODAY.plusDays(3), TODAY.plusDays(2))), is("loans.dates.order"));
        assertThat(refusal(() -> reserve(kit, TODAY, TODAY.plusDays(5))), is("loans.dates.tooLong"));
        assertThat(refusal(() -> reserve(kit, null, TODAY)), is("loans.dates.required"));
        assertThat(reserve(kit, TODAY, TODAY.plusDays(4)).status(), is(ReservationStatus.REQUESTED));
    }

    @Test
    void anAutomaticPoolApprovesAtOnce() {
        assertThat(reserve(kit(LoanApproval.AUTOMATIC, 5), TODAY, TODAY).status(), is(ReservationStatus.APPROVED));
    }

    @Test
    void aLiveReservationOverlapsTheDaysItHoldsBothIncluded() {
        Reservation r = reserve(kit(LoanApproval.STAFF, 10), TODAY.plusDays(2), TODAY.plusDays(4));
        assertThat(r.overlaps(TODAY.plusDays(4), TODAY.plusDays(6)), is(true));
        assertThat(r.overlaps(TODAY, TODAY.plusDays(2)), is(true));
        assertThat(r.overlaps(TODAY.plusDays(5), TODAY.plusDays(6)), is(false));
        r.refuse("En réparation", "dsi", NOW);
        assertThat("a refused one frees its days", r.overlaps(TODAY.plusDays(3), TODAY.plusDays(3)), is(false));
    }

    @Test
    void itGoesOutComesBackAndIsRemindedOnceADayWhenLate() {
        Kit kit = kit(LoanApproval.AUTOMATIC, 5);
        assertThat(kit.checklist(), contains("16 tablettes", "1 chariot", "1 borne wifi"));
        Reservation r = reserve(kit, TODAY, TODAY.plusDays(1));
        assertThat(refusal(() -> r.checkIn(KitCondition.GOOD, List.of(), null, "dsi", NOW)), is("loans.state"));
        r.checkOut("dsi", NOW);
        assertThat(refusal(() -> r.cancel(NOW)), is("loans.state"));
        assertThat(r.late(TODAY.plusDays(1)), is(false));
        assertThat(r.remindLate(TODAY.plusDays(2)), is(true));
        assertThat(r.remindLate(TODAY.plusDays(2)), is(false));
        assertThat(r.remindLate(TODAY.plusDays(3)), is(true));
        assertThat(refusal(() -> r.checkIn(KitCondition.DAMAGED, List.of("1 clavier"), null, "dsi", NOW)),
                is("loans.missing.unknown"));
        r.checkIn(KitCondition.GOOD, List.of("1 chariot"), "Chariot resté à l'école", "dsi", NOW);
        assertThat(r.needsRepair(), is(true));
        assertThat(r.late(TODAY.plusDays(9)), is(false));
        assertThat(refusal(() -> r.attachPhoto("texte".getBytes(), null)), is("loans.photo.type"));
        r.attachPhoto(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
        assertThat(r.hasPhoto(), is(true));
    }
}
