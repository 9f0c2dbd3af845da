package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.school.School;
import fr.tandem.school.calendar.PublicHoliday;
import fr.tandem.school.calendar.PublicHolidays;
import fr.tandem.school.calendar.SchoolHolidayCalendar;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import fr.tandem.training.model.SetDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns offers and sessions into what pages and the REST API show. */
public final class SessionViews {

    private SessionViews() {
    }

    /** A session as seen by a teacher (or by nobody in particular when the teacher is null). */
    public static SessionSummary of(TrainingSession session, Account teacher) {
        return of(session, teacher, SchoolHolidayCalendar.of(List.of()), Map.of());
    }

    /**
     * A session with the warnings an inspector needs: the school holidays it falls in, and the
     * clash of one of its trainers with another session (from {@link TrainerClashes}).
     */
    public static SessionSummary of(TrainingSession session, Account teacher, SchoolHolidayCalendar holidays,
                                    Map<Long, String> trainerClashes) {
        TrainingOffer offer = session.offer();
        Optional<Booking> mine = teacher == null ? Optional.empty() : session.bookings().stream()
                .filter(b -> b.isOf(teacher)).findFirst();
        List<Account> trainers = session.trainers().stream()
                .sorted(Comparator.comparing(Account::lastName).thenComparing(Account::firstName)).toList();
        return new SessionSummary(session.id(), offer.id(), offer.title(), offer.topic(), offer.category(),
                offer.nature(), offer.modality(), offer.minutesCredited(), offer.status(), offer.needsValidation(),
                offer.enrolmentOpens(), offer.enrolmentCloses(), session.startsAt(), session.endsAt(),
                session.place(), session.capacity(), session.confirmedCount(), session.waitlistCount(),
                session.pendingCount(), session.seatsLeft(), mine.map(Booking::status).orElse(null),
                teacher == null ? null : session.waitlistPosition(teacher).orElse(null),
                trainers.stream().map(Account::displayName).toList(), trainers.stream().map(Account::username).toList(),
                trainerClashes.get(session.id()),
                PublicHolidays.on(session.slot().day()).map(PublicHoliday::key).orElse(null),
                holidays.overlapping(session.startsAt(), session.endsAt()).map(SchoolHolidayPeriod::description)
                        .orElse(null), session.cancelled(), offer.description(), offer.targetCycles(),
                offer.targetSchools().stream().map(School::name).sorted().toList(),
                mine.map(Booking::refusalReason).orElse(null),
                mine.filter(b -> b.status() == BookingStatus.REFUSED).map(Booking::reasonNote).orElse(null),
                offer.takenTogether(), setDates(offer), offer.equipmentTypes());
    }

    public static OfferSummary of(TrainingOffer offer, List<TrainingSession> sessions, SchoolHolidayCalendar holidays,
                                  Map<Long, String> trainerClashes) {
        List<School> schools = offer.targetSchools().stream().sorted(Comparator.comparing(School::name)).toList();
        return new OfferSummary(offer.id(), offer.title(), offer.description(), offer.topic(), offer.category(),
                offer.nature(), offer.modality(), offer.minutesCredited(), offer.enrolmentOpens(),
                offer.enrolmentCloses(), offer.needsValidation(), offer.targetCycles(),
                schools.stream().map(s -> s.uai().value()).toList(), schools.stream().map(School::name).toList(),
                offer.status(),
                offer.circonscription().name(), sessions.stream()
                .sorted(Comparator.comparing(TrainingSession::startsAt))
                .map(s -> of(s, null, holidays, trainerClashes)).toList(), offer.takenTogether(), offer.reminderDays(),
                offer.onClassTime(), offer.equipmentTypes());
    }

    /** Every date of the set of an offer taken together, soonest first; none for another offer. */
    private static List<SetDate> setDates(TrainingOffer offer) {
        if (!offer.takenTogether()) {
            return List.of();
        }
        return offer.sessions().stream().filter(s -> !s.cancelled())
                .sorted(Comparator.comparing(TrainingSession::startsAt))
                .map(s -> new SetDate(s.id(), s.startsAt(), s.endsAt(), s.place())).toList();
    }
}
