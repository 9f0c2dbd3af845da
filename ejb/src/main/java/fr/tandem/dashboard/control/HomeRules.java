package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.OfferToValidate;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.training.OfferStatus;
import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;

/** What counts as work waiting on a home page: which sessions are next, which licences end soon, and so on. */
public final class HomeRules {

    /** How many items a home card lists (its count says how many there are). */
    public static final int CARD_SIZE = 5;

    /** A licence ending within this many days is shown as expiring. */
    public static final int EXPIRING_DAYS = 90;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private HomeRules() {
    }

    /** The sessions not over yet and not cancelled, soonest first. */
    public static List<SessionSummary> ahead(List<SessionSummary> sessions, Instant now) {
        return sessions.stream().filter(s -> !s.cancelled() && s.endsAt().isAfter(now))
                .sorted(Comparator.comparing(SessionSummary::startsAt)).toList();
    }

    /** The sessions of published offers taking place in the Paris week (Monday to Sunday) of {@code now}. */
    public static List<SessionSummary> thisWeek(List<OfferSummary> offers, Instant now) {
        LocalDate monday = LocalDate.ofInstant(now, PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(PARIS).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(PARIS).toInstant();
        return published(offers).stream().filter(s -> !s.cancelled() && s.startsAt().isBefore(to)
                && s.endsAt().isAfter(from)).sorted(Comparator.comparing(SessionSummary::startsAt)).toList();
    }

    /** The sessions of published offers still to come, soonest first (for their fill rates). */
    public static List<SessionSummary> upcoming(List<OfferSummary> offers, Instant now) {
        return ahead(published(offers), now);
    }

    public static List<OfferSummary> drafts(List<OfferSummary> offers) {
        return offers.stream().filter(o -> o.status() == OfferStatus.DRAFT).toList();
    }

    /** The offers with enrolment requests waiting for a decision, with how many wait (sessions not over). */
    public static List<OfferToValidate> toValidate(List<OfferSummary> offers, Instant now) {
        return offers.stream().filter(o -> o.status() == OfferStatus.PUBLISHED)
                .map(o -> new OfferToValidate(o.id(), o.title(), ahead(o.sessions(), now).stream()
                        .mapToInt(SessionSummary::pending).sum()))
                .filter(o -> o.pending() > 0).toList();
    }

    /** Active licences ending within {@link #EXPIRING_DAYS} days, soonest first. */
    public static List<LicenceSummary> expiring(List<LicenceSummary> licences) {
        return licences.stream().filter(l -> l.status() == LicenceStatus.ACTIVE && !l.expired()
                        && l.daysLeft() <= EXPIRING_DAYS)
                .sorted(Comparator.comparingLong(LicenceSummary::daysLeft)).toList();
    }

    /** Active licences with few free seats left (under their own threshold). */
    public static List<LicenceSummary> lowOnSeats(List<LicenceSummary> licences) {
        return licences.stream().filter(l -> l.status() == LicenceStatus.ACTIVE && !l.expired() && l.lowOnSeats())
                .toList();
    }

    private static List<SessionSummary> published(List<OfferSummary> offers) {
        return offers.stream().filter(o -> o.status() == OfferStatus.PUBLISHED)
                .flatMap(o -> o.sessions().stream()).toList();
    }
}
