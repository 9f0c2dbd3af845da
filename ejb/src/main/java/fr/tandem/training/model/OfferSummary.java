package fr.tandem.training.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.training.Cycle;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OfferStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A training offer with its sessions, as inspectors see it; the target public is its cycles and
 * its schools (UAIs, and names in the same order) (none of either: the whole circonscription);
 * taken together, its sessions are booked as one set. The reminder goes {@code reminderDaysBefore}
 * days before each session (0: none); sessions held {@code onClassTime} need a replacement for each
 * seated teacher. The {@code equipmentTypes} are those the offer teaches to use.
 */
public record OfferSummary(long id, String title, String description, String topic, OfferCategory category,
                           OfferNature nature, Modality modality, int minutesCredited, Instant enrolmentOpens,
                           Instant enrolmentCloses, boolean needsValidation, Set<Cycle> targetCycles,
                           List<String> targetSchools, List<String> targetSchoolNames, OfferStatus status, String circonscriptionName,
                           List<SessionSummary> sessions, boolean takenTogether, int reminderDaysBefore,
                           boolean onClassTime, Set<EquipmentType> equipmentTypes) {

    /** The first session still to come that is not cancelled, if any. */
    public SessionSummary nextSession(Instant now) {
        return sessions.stream().filter(s -> !s.cancelled() && s.startsAt().isAfter(now))
                .min(Comparator.comparing(SessionSummary::startsAt)).orElse(null);
    }

    /** Seats taken in the sessions not cancelled. */
    public int seatsFilled() {
        return sessions.stream().filter(s -> !s.cancelled()).mapToInt(SessionSummary::confirmed).sum();
    }

    /** Seats offered by the sessions not cancelled. */
    public int seats() {
        return sessions.stream().filter(s -> !s.cancelled()).mapToInt(SessionSummary::capacity).sum();
    }

    /** The dates of the set when the offer is taken together: its sessions not cancelled. */
    public long datesTogether() {
        return sessions.stream().filter(s -> !s.cancelled()).count();
    }

    /** Requests waiting for the inspector's decision, over all sessions. */
    public int pending() {
        return sessions.stream().mapToInt(SessionSummary::pending).sum();
    }
}
