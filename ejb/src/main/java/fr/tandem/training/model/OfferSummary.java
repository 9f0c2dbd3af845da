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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A training offer with its sessions, as inspectors see it; the target public is its cycles and
 * its schools (UAIs, and names in the same order) (none of either: the whole circonscription);
 * taken together, its sessions are booked as one set. The reminder goes {@code reminderDaysBefore}
 * days before each session (0: none); sessions held {@code onClassTime} need a replacement for each
 * seated teacher. The {@code equipmentTypes} are those the offer teaches to use.
 */
@Schema(description = "A training offer with its sessions, as inspectors see it.")
public record OfferSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String title,
        @Schema(description = "What the offer is about, several lines; absent when not given.")
        String description,
        @Schema(description = "A short theme; absent when not given.", example = "Numérique")
        String topic,
        @Schema(required = true) OfferCategory category,
        @Schema(required = true) OfferNature nature,
        @Schema(required = true) Modality modality,
        @Schema(required = true, description = "Time credited to each teacher who attends a session, in minutes.", example = "180")
        int minutesCredited,
        @Schema(required = true, description = "When teachers may start booking, an instant written in UTC.", example = "2026-12-01T07:00:00Z")
        Instant enrolmentOpens,
        @Schema(required = true, description = "When booking ends, an instant written in UTC.", example = "2027-01-08T22:59:00Z")
        Instant enrolmentCloses,
        @Schema(required = true, description = "Whether each booking is a request the inspector accepts or refuses.")
        boolean needsValidation,
        @Schema(required = true, description = "The cycles the offer is for (none, and no school either: the whole "
                + "circonscription).")
        Set<Cycle> targetCycles,
        @Schema(required = true, description = "The schools the offer is for, by UAI, in the order of their names.", example = "[\"0341234X\"]")
        List<String> targetSchools,
        @Schema(required = true, description = "The names of the targetSchools, in the same order.")
        List<String> targetSchoolNames,
        @Schema(required = true) OfferStatus status,
        @Schema(required = true) String circonscriptionName,
        @Schema(required = true, description = "The offer's sessions, cancelled ones included, soonest first.")
        List<SessionSummary> sessions,
        @Schema(required = true, description = "Whether the sessions are a parcours booked as one set.")
        boolean takenTogether,
        @Schema(required = true, description = "Days before each session the reminder mail goes (0: none).", example = "2")
        int reminderDaysBefore,
        @Schema(required = true, description = "Whether the sessions are held on class time (each seated teacher needs a "
                + "replacement).")
        boolean onClassTime,
        @Schema(required = true, description = "The equipment types the offer teaches to use (none: not about equipment).")
        Set<EquipmentType> equipmentTypes) {

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
