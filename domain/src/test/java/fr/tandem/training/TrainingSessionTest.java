package fr.tandem.training;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.people.Account;
import fr.tandem.people.AccountProfile;
import fr.tandem.people.Role;
import fr.tandem.platform.Conflict;
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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final Circonscription circonscription = new Circonscription(Uai.of("0940927X"), "Fresnes");
    private final School school = new School(Uai.of("0940176F"), new SchoolDetails("Ecole", SchoolKind.ELEMENTAIRE,
            null, null, null, "94260", "94034", "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, null, null),
            circonscription, false, NOW);
    private long ids;

    TrainingSessionTest() {
        EntityIds.withId(circonscription, 1);
        EntityIds.withId(school, 1);
    }

    private Account teacher(String name) {
        Account account = new Account(name, new AccountProfile("Prénom", name, name + "@example.org",
                EnumSet.of(Role.TEACHER), school, null, 100), "hash", false, NOW);
        EntityIds.withId(account, ++ids);
        return account;
    }

    private final Account inspector = new Account("ien", new AccountProfile("I", "N", "ien@example.org",
            EnumSet.of(Role.INSPECTOR), null, circonscription, null), "hash", false, NOW);

    private TrainingSession cut(int capacity) {
        return cut(capacity, OfferCategory.OPTIONNELLE, false);
    }

    private TrainingSession cut(int capacity, OfferCategory category, boolean needsValidation) {
        TrainingOffer offer = new TrainingOffer(new OfferDetails("ENI", null, null, category,
                OfferNature.FORMATION_CONTINUE, Modality.PRESENTIEL, 90, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(5)), needsValidation, null, null, null, null, null, null), List.of(), circonscription,
                inspector);
        offer.publish();
        return new TrainingSession(offer, new SessionDetails(NOW.plus(Duration.ofDays(10)),
                NOW.plus(Duration.ofDays(10)).plus(Duration.ofHours(3)), "École", capacity, null), List.of(inspector));
    }

    @Test
    void requestsWaitForTheInspectorThenTakeASeatOrTheWaitingLineInTheOrderAsked() {
        TrainingSession cut = cut(1, OfferCategory.OPTIONNELLE, true);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        Account c = teacher("prof-c");
        assertThat(cut.book(a, NOW).status(), is(BookingStatus.PENDING));
        assertThat(cut.book(b, NOW.plusSeconds(1)).status(), is(BookingStatus.PENDING));
        cut.book(c, NOW.plusSeconds(2));
        assertThat(cut.confirmedCount(), is(0));
        assertThat(cut.pendingCount(), is(3));

        assertThat(cut.decide(b, true, null, null, NOW.plusSeconds(5)).status(), is(BookingStatus.CONFIRMED));
        assertThat(cut.decide(a, true, null, null, NOW.plusSeconds(6)).status(), is(BookingStatus.WAITLISTED));
        assertThat(cut.decide(c, false, RefusalReason.SESSION_FULL, null, NOW.plusSeconds(7)).status(), is(BookingStatus.REFUSED));
        assertThat(assertThrows(RuleViolation.class, () -> cut.decide(c, true, null, null, NOW)).key(), is("validation.notPending"));
        // a refused teacher may ask again
        assertThat(cut.book(c, NOW.plusSeconds(8)).status(), is(BookingStatus.PENDING));
        // the freed seat goes to the first accepted in line, not to a pending request
        assertThat(cut.cancel(b, NOW.plusSeconds(9)).map(Booking::teacher).map(Account::username),
                is(Optional.of("prof-a")));
    }

    @Test
    void aRefusalCarriesAReasonAndOtherNeedsANote() {
        TrainingSession cut = cut(1, OfferCategory.OPTIONNELLE, true);
        Account a = teacher("prof-a");
        cut.book(a, NOW);
        assertThat(assertThrows(RuleViolation.class, () -> cut.decide(a, false, null, null, NOW)).key(),
                is("validation.reason.required"));
        assertThat(assertThrows(RuleViolation.class, () -> cut.decide(a, false, RefusalReason.OTHER, "  ", NOW)).key(),
                is("validation.reason.noteRequired"));
        Booking refused = cut.decide(a, false, RefusalReason.OTHER, "Stage déjà suivi à Lyon", NOW);
        assertThat(refused.refusalReason(), is(RefusalReason.OTHER));
        assertThat(refused.reasonNote(), is("Stage déjà suivi à Lyon"));
        // asking again starts afresh
        assertThat(cut.book(a, NOW.plusSeconds(1)).refusalReason(), is((RefusalReason) null));
    }

    @Test
    void aSeatGivenUpWithinTheNoticeNeedsAReasonAndIsMarkedLate() {
        TrainingSession cut = cut(2);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        cut.book(a, NOW);
        cut.book(b, NOW);
        Duration notice = Duration.ofDays(2);
        Instant late = cut.startsAt().minus(Duration.ofDays(1));
        assertThat(assertThrows(RuleViolation.class, () -> cut.cancel(a, late, notice, null, null)).key(),
                is("booking.cancel.reasonRequired"));
        assertThat(assertThrows(RuleViolation.class, () -> cut.cancel(a, late, notice, CancellationReason.OTHER, null))
                .key(), is("booking.cancel.noteRequired"));
        cut.cancel(a, late, notice, CancellationReason.ILLNESS, null);
        Booking lateOne = cut.bookings().stream().filter(x -> x.isOf(a)).findFirst().orElseThrow();
        assertThat(lateOne.lateCancellation(), is(true));
        assertThat(lateOne.cancellationReason(), is(CancellationReason.ILLNESS));

        cut.cancel(b, cut.startsAt().minus(Duration.ofDays(3)), notice, null, null);
        Booking early = cut.bookings().stream().filter(x -> x.isOf(b)).findFirst().orElseThrow();
        assertThat(early.lateCancellation(), is(false));
        assertThat(early.status(), is(BookingStatus.CANCELLED));
    }

    @Test
    void designationSeatsTheTeacherWithinCapacityOnlyForObligatoireOffers() {
        TrainingSession obligatoire = cut(2, OfferCategory.OBLIGATOIRE_CIRCONSCRIPTION, false);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        Account c = teacher("prof-c");
        Booking designated = obligatoire.designate(a, NOW);
        assertThat(designated.status(), is(BookingStatus.CONFIRMED));
        assertThat(designated.designated(), is(true));
        assertThat(obligatoire.designate(a, NOW), is(designated));
        obligatoire.designate(b, NOW);
        assertThat(assertThrows(RuleViolation.class, () -> obligatoire.designate(c, NOW)).key(), is("designation.full"));

        TrainingSession optional = cut(2);
        assertThat(assertThrows(RuleViolation.class, () -> optional.designate(a, NOW)).key(),
                is("designation.obligatoireOnly"));
    }

    @Test
    void reschedulingTellsWhetherTheTeachersMustBeToldAndTrainersComeFromTheInspectorate() {
        TrainingSession cut = cut(5);
        SessionDetails same = new SessionDetails(cut.startsAt(), cut.endsAt(), cut.place(), 8, null);
        assertThat(cut.reschedule(same, List.of(inspector)), is(false));
        assertThat(cut.capacity(), is(8));
        SessionDetails later = new SessionDetails(cut.startsAt().plus(Duration.ofHours(1)),
                cut.endsAt().plus(Duration.ofHours(1)), cut.place(), 8, null);
        assertThat(cut.reschedule(later, List.of(inspector)), is(true));
        Account teacher = teacher("prof-a");
        assertThat(assertThrows(RuleViolation.class, () -> cut.reschedule(later, List.of(teacher))).key(),
                is("session.trainer.notTrainer"));
    }

    @Test
    void theTargetPublicIsTheCirconscriptionNarrowedBySchoolsAndCycles() {
        Account teacher = teacher("prof-a"); // élémentaire: cycles 2 and 3
        TrainingOffer whole = offerFor(null, List.of());
        assertThat(whole.isFor(teacher), is(true));
        assertThat(offerFor(EnumSet.of(Cycle.C1), List.of()).isFor(teacher), is(false));
        assertThat(offerFor(EnumSet.of(Cycle.C1, Cycle.C3), List.of()).isFor(teacher), is(true));
        School other = new School(Uai.of("0940177G"), new SchoolDetails("Autre", SchoolKind.ELEMENTAIRE,
                null, null, null, "94260", "94034", "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, null, null),
                circonscription, false, NOW);
        EntityIds.withId(other, 99);
        assertThat(offerFor(null, List.of(other)).isFor(teacher), is(false));
        assertThat(offerFor(null, List.of(school)).isFor(teacher), is(true));
    }

    private TrainingOffer offerFor(java.util.Set<Cycle> cycles, List<School> schools) {
        return new TrainingOffer(new OfferDetails("ENI", null, null, OfferCategory.OBLIGATOIRE_CIRCONSCRIPTION,
                OfferNature.ANIMATION_PEDAGOGIQUE, Modality.PRESENTIEL, 90, NOW, NOW.plus(Duration.ofDays(5)), false,
                cycles, null, null, null, null, null), schools, circonscription, inspector);
    }

    @Test
    void seatsThenTheWaitingLineThenPromotionOfTheFirstInLine() {
        TrainingSession cut = cut(2);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        Account c = teacher("prof-c");
        Account d = teacher("prof-d");
        assertThat(cut.book(a, NOW).status(), is(BookingStatus.CONFIRMED));
        assertThat(cut.book(b, NOW.plusSeconds(1)).status(), is(BookingStatus.CONFIRMED));
        assertThat(cut.book(c, NOW.plusSeconds(2)).status(), is(BookingStatus.WAITLISTED));
        assertThat(cut.book(d, NOW.plusSeconds(3)).status(), is(BookingStatus.WAITLISTED));
        assertThat(cut.waitlistPosition(d), is(Optional.of(2)));
        Optional<Booking> promoted = cut.cancel(a, NOW.plusSeconds(4));
        assertThat(promoted.map(Booking::teacher).map(Account::username), is(Optional.of("prof-c")));
        assertThat(cut.confirmedCount(), is(2));
        assertThat(cut.waitlistPosition(d), is(Optional.of(1)));
        assertThat(assertThrows(Conflict.class, () -> cut.book(b, NOW)).key(), is("booking.already"));
    }

    @Test
    void noPromotionOnceTheSessionHasStarted() {
        TrainingSession cut = cut(1);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        cut.book(a, NOW);
        cut.book(b, NOW);
        assertThat(cut.cancel(a, cut.startsAt().plusSeconds(60)), is(Optional.empty()));
        assertThat(cut.waitlistPosition(b), is(Optional.of(1)));
    }

    @Test
    void bookingIsRefusedOutsideTheWindowAndAfterTheStart() {
        TrainingSession cut = cut(5);
        assertThat(assertThrows(RuleViolation.class, () -> cut.book(teacher("prof-a"), NOW.plus(Duration.ofDays(6)))).key(),
                is("booking.windowClosed"));
        assertThat(assertThrows(RuleViolation.class, () -> cut.book(teacher("prof-b"), NOW.minus(Duration.ofDays(2)))).key(),
                is("booking.windowClosed"));
    }

    @Test
    void attendanceIsForSeatedTeachersFromTheDayOfTheSession() {
        TrainingSession cut = cut(1);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        cut.book(a, NOW);
        cut.book(b, NOW);
        assertThat(assertThrows(RuleViolation.class, () -> cut.recordAttendance(a, Attendance.PRESENT, NOW)).key(),
                is("attendance.tooEarly"));
        assertThat(assertThrows(RuleViolation.class,
                () -> cut.recordAttendance(b, Attendance.PRESENT, cut.startsAt())).key(), is("attendance.notSeated"));
        cut.recordAttendance(a, Attendance.PRESENT, cut.startsAt());
        assertThat(cut.bookings().get(0).attendance(), is(Attendance.PRESENT));
    }

    @Test
    void theHoursDueAreEighteenProRataToTheHalfHour() {
        assertThat(SchoolYear.minutesDue(100), is(1080));
        assertThat(SchoolYear.minutesDue(75), is(810));
        assertThat(SchoolYear.minutesDue(50), is(540));
        assertThat(SchoolYear.minutesDue(80), is(870));
        assertThat(SchoolYear.of(Instant.parse("2027-08-31T21:00:00Z")).label(), is("2026-2027"));
        assertThat(SchoolYear.of(Instant.parse("2027-08-31T22:30:00Z")).label(), is("2027-2028"));
    }
}
