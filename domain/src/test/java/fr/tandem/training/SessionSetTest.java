package fr.tandem.training;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
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

class SessionSetTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final Circonscription circonscription = new Circonscription(Uai.of("0940927X"), "Fresnes");
    private final School school = new School(Uai.of("0940176F"), new SchoolDetails("Ecole", SchoolKind.ELEMENTAIRE,
            null, null, null, "94260", "94034", "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, null, null),
            circonscription, false, NOW);
    private final Account inspector = new Account("ien", new AccountProfile("I", "N", "ien@example.org",
            EnumSet.of(Role.INSPECTOR), null, circonscription, null), "hash", false, NOW);
    private long ids;

    SessionSetTest() {
        EntityIds.withId(circonscription, 1);
        EntityIds.withId(school, 1);
    }

    private Account teacher(String name) {
        Account account = new Account(name, new AccountProfile("Prénom", name, name + "@example.org",
                EnumSet.of(Role.TEACHER), school, null, 100), "hash", false, NOW);
        EntityIds.withId(account, ++ids);
        return account;
    }

    private TrainingOffer offer(OfferCategory category, boolean needsValidation) {
        TrainingOffer offer = new TrainingOffer(new OfferDetails("Parcours ENI", null, null, category,
                OfferNature.FORMATION_CONTINUE, Modality.PRESENTIEL, 180, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(5)), needsValidation, null, null, true, null, null, null), List.of(), circonscription, inspector);
        offer.publish();
        return offer;
    }

    /** Three Wednesdays, with the capacities given. */
    private SessionSet cut(TrainingOffer offer, int... capacities) {
        for (int i = 0; i < capacities.length; i++) {
            Instant start = NOW.plus(Duration.ofDays(10 + 7L * i));
            TrainingSession session = new TrainingSession(offer, new SessionDetails(start,
                    start.plus(Duration.ofHours(3)), "École", capacities[i], null), List.of(inspector));
            EntityIds.withId(session, 100 + i);
        }
        return SessionSet.of(offer, offer.sessions());
    }

    private static List<BookingStatus> statuses(List<Booking> bookings) {
        return bookings.stream().map(Booking::status).toList();
    }

    @Test
    void theSetIsBookedWholeAndItsFreeSeatsAreTheFewestOfItsSessions() {
        SessionSet cut = cut(offer(OfferCategory.OPTIONNELLE, false), 3, 1, 2);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        assertThat(cut.seatsLeft(), is(1));
        assertThat(statuses(cut.book(a, NOW)), is(List.of(BookingStatus.CONFIRMED, BookingStatus.CONFIRMED,
                BookingStatus.CONFIRMED)));
        assertThat(cut.seatsLeft(), is(0));
        // sessions 1 and 3 still have seats, but a seat in some and not the others is never given
        assertThat(statuses(cut.book(b, NOW.plusSeconds(1))), everyItem(is(BookingStatus.WAITLISTED)));
        assertThat(cut.sessions().stream().map(TrainingSession::confirmedCount).toList(), is(List.of(1, 1, 1)));
        assertThat(cut.waitlistPosition(b), is(Optional.of(1)));
        assertThrows(Conflict.class, () -> cut.book(a, NOW.plusSeconds(2)));
    }

    @Test
    void aSingleSessionOfTheSetCannotBeBookedOrCancelledAlone() {
        SessionSet cut = cut(offer(OfferCategory.OPTIONNELLE, false), 2, 2);
        Account a = teacher("prof-a");
        TrainingSession first = cut.sessions().get(0);
        assertThat(assertThrows(RuleViolation.class, () -> first.book(a, NOW)).key(), is("booking.setOnly"));
        cut.book(a, NOW);
        assertThat(assertThrows(RuleViolation.class, () -> first.cancel(a, NOW)).key(), is("booking.setOnly"));
    }

    @Test
    void aSessionThatCannotTakeTheTeacherRefusesTheWholeSet() {
        TrainingOffer offer = offer(OfferCategory.OPTIONNELLE, false);
        SessionSet cut = cut(offer, 2, 2);
        Account a = teacher("prof-a");
        Instant afterFirstStart = cut.sessions().get(0).startsAt().plusSeconds(1);
        assertThrows(RuleViolation.class, () -> cut.book(a, afterFirstStart));
        assertThat(cut.sessions().stream().mapToInt(s -> s.bookings().size()).sum(), is(0));
    }

    @Test
    void cancellingReleasesEverySeatAndPromotesTheFirstInLineIntoEverySession() {
        SessionSet cut = cut(offer(OfferCategory.OPTIONNELLE, false), 1, 2, 1);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        Account c = teacher("prof-c");
        cut.book(a, NOW);
        cut.book(b, NOW.plusSeconds(1));
        cut.book(c, NOW.plusSeconds(2));
        assertThat(statuses(cut.cancel(a, NOW.plusSeconds(3), Duration.ZERO, null, null)), everyItem(is(BookingStatus.CANCELLED)));
        List<List<Booking>> promoted = cut.promote(NOW.plusSeconds(3));
        assertThat(promoted.size(), is(1));
        assertThat(promoted.get(0).stream().map(x -> x.teacher().username()).distinct().toList(), is(List.of("prof-b")));
        assertThat(statuses(promoted.get(0)), everyItem(is(BookingStatus.CONFIRMED)));
        assertThat(cut.waitlistPosition(c), is(Optional.of(1)));
        assertThat(assertThrows(RuleViolation.class, () -> cut.cancel(a, NOW.plusSeconds(4), Duration.ZERO, null, null)).key(), is("booking.none"));
    }

    @Test
    void aSessionCancelledLeavesTheOthersAndItsFreedSeatsGoToWholeSets() {
        TrainingOffer offer = offer(OfferCategory.OPTIONNELLE, false);
        SessionSet before = cut(offer, 3, 1);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        before.book(a, NOW);
        before.book(b, NOW.plusSeconds(1));
        before.sessions().get(1).cancelSession(NOW.plusSeconds(2));
        SessionSet after = SessionSet.of(offer, offer.sessions());
        assertThat(after.sessions().size(), is(1));
        assertThat(after.promote(NOW.plusSeconds(2)).size(), is(1));
        assertThat(after.sessions().get(0).confirmedCount(), is(2));
    }

    @Test
    void theInspectorsDecisionAppliesToTheWholeSet() {
        SessionSet cut = cut(offer(OfferCategory.OPTIONNELLE, true), 1, 1);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        Account c = teacher("prof-c");
        assertThat(statuses(cut.book(a, NOW)), everyItem(is(BookingStatus.PENDING)));
        cut.book(b, NOW.plusSeconds(1));
        cut.book(c, NOW.plusSeconds(2));
        assertThat(statuses(cut.decide(b, true, null, null, NOW.plusSeconds(3))), everyItem(is(BookingStatus.CONFIRMED)));
        assertThat(statuses(cut.decide(a, true, null, null, NOW.plusSeconds(4))), everyItem(is(BookingStatus.WAITLISTED)));
        assertThat(statuses(cut.decide(c, false, RefusalReason.SESSION_FULL, null, NOW.plusSeconds(5))), everyItem(is(BookingStatus.REFUSED)));
        assertThat(assertThrows(RuleViolation.class, () -> cut.sessions().get(0).decide(a, true, null, null, NOW)).key(),
                is("booking.setOnly"));
    }

    @Test
    void aLateCancellationOfTheSetNeedsAReasonKeptOnItsLateDates() {
        SessionSet cut = cut(offer(OfferCategory.OPTIONNELLE, false), 2, 2);
        Account a = teacher("prof-a");
        cut.book(a, NOW);
        Duration notice = Duration.ofDays(11);
        assertThat(assertThrows(RuleViolation.class, () -> cut.cancel(a, NOW, notice, null, null)).key(),
                is("booking.cancel.reasonRequired"));
        assertThat(assertThrows(RuleViolation.class, () -> cut.cancel(a, NOW, notice, CancellationReason.OTHER, " ")).key(),
                is("booking.cancel.noteRequired"));
        List<Booking> cancelled = cut.cancel(a, NOW, notice, CancellationReason.ILLNESS, null);
        assertThat(statuses(cancelled), everyItem(is(BookingStatus.CANCELLED)));
        assertThat(cancelled.stream().map(Booking::lateCancellation).toList(), is(List.of(true, false)));
        assertThat(cancelled.get(0).cancellationReason(), is(CancellationReason.ILLNESS));
    }

    @Test
    void aRefusalOfTheSetNeedsAReason() {
        SessionSet cut = cut(offer(OfferCategory.OPTIONNELLE, true), 2, 2);
        Account a = teacher("prof-a");
        cut.book(a, NOW);
        assertThat(assertThrows(RuleViolation.class, () -> cut.decide(a, false, null, null, NOW)).key(),
                is("validation.reason.required"));
        List<Booking> refused = cut.decide(a, false, RefusalReason.ALREADY_TRAINED, null, NOW);
        assertThat(refused.stream().map(Booking::refusalReason).distinct().toList(), is(List.of(RefusalReason.ALREADY_TRAINED)));
    }

    @Test
    void designationSeatsInEverySessionOrNone() {
        SessionSet cut = cut(offer(OfferCategory.OBLIGATOIRE_CIRCONSCRIPTION, false), 2, 1);
        Account a = teacher("prof-a");
        Account b = teacher("prof-b");
        assertThat(statuses(cut.designate(a, NOW)), everyItem(is(BookingStatus.CONFIRMED)));
        assertThat(statuses(cut.designate(a, NOW)), everyItem(is(BookingStatus.CONFIRMED)));
        assertThat(assertThrows(RuleViolation.class, () -> cut.designate(b, NOW)).key(), is("designation.full"));
        assertThat(cut.sessions().get(0).confirmedCount(), is(1));
    }

    @Test
    void onlyAnOfferTakenTogetherMakesASet() {
        TrainingOffer single = new TrainingOffer(new OfferDetails("ENI", null, null, OfferCategory.OPTIONNELLE,
                OfferNature.FORMATION_CONTINUE, Modality.PRESENTIEL, 90, NOW, NOW.plus(Duration.ofDays(5)), false,
                null, null, false, null, null, null), List.of(), circonscription, inspector);
        assertThat(assertThrows(RuleViolation.class, () -> SessionSet.of(single, single.sessions())).key(), is("set.notTogether"));
        TrainingOffer together = offer(OfferCategory.OPTIONNELLE, false);
        OfferDetails separate = new OfferDetails("Parcours ENI", null, null, OfferCategory.OPTIONNELLE,
                OfferNature.FORMATION_CONTINUE, Modality.PRESENTIEL, 180, NOW, NOW.plus(Duration.ofDays(5)), false,
                null, null, false, null, null, null);
        assertThat(assertThrows(RuleViolation.class, () -> together.update(separate, List.of(), true)).key(),
                is("offer.set.enrolled"));
        together.update(separate, List.of(), false);
        assertThat(together.takenTogether(), is(false));
    }
}
