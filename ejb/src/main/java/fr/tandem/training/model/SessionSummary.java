package fr.tandem.training.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.Cycle;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OfferStatus;
import fr.tandem.training.RefusalReason;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A session as the catalogue, the inspector's pages and the REST API show it: its offer, time,
 * place, trainers and seats, for a teacher where they stand, and — as warnings for the inspector —
 * the key of the public holiday it falls on, the school holidays it falls in, and another session
 * one of its trainers runs at the same time, if any; and the offer's description and target public
 * (cycles and schools named; none of either: the whole circonscription, or every school for a départementale);
 * for a teacher whose request was refused, the reason and its note. A session of an offer taken
 * together carries every date of its set (soonest first), itself included, and the equipment types
 * the offer teaches to use.
 */
@Schema(description = "A session with its offer, seats and warnings, and where the calling teacher stands.")
public record SessionSummary(
        @Schema(required = true) long sessionId,
        @Schema(required = true) long offerId,
        @Schema(required = true, description = "The offer's title.") String title,
        @Schema(description = "The offer's short theme; absent when not given.")
        String topic,
        @Schema(required = true) OfferCategory category,
        @Schema(required = true) OfferNature nature,
        @Schema(required = true) Modality modality,
        @Schema(required = true, description = "Time credited to each teacher who attends, in minutes.", example = "180")
        int minutesCredited,
        @Schema(required = true) OfferStatus offerStatus,
        @Schema(required = true, description = "Whether a booking is a request the inspector accepts or refuses.")
        boolean needsValidation,
        @Schema(required = true, description = "When booking opens, an instant written in UTC.")
        Instant enrolmentOpens,
        @Schema(required = true, description = "When booking ends, an instant written in UTC.")
        Instant enrolmentCloses,
        @Schema(required = true, description = "The start, an instant written in UTC.", example = "2027-01-13T08:30:00Z")
        Instant startsAt,
        @Schema(required = true, description = "The end, an instant written in UTC.", example = "2027-01-13T11:30:00Z")
        Instant endsAt,
        @Schema(required = true) String place,
        @Schema(required = true, description = "Seats in all.", example = "20")
        int capacity,
        @Schema(required = true, description = "Seats taken.") int confirmed,
        @Schema(required = true, description = "Teachers in the waiting line.")
        int waitlisted,
        @Schema(required = true, description = "Requests waiting for the inspector's decision.")
        int pending,
        @Schema(required = true, description = "Seats still free.") int seatsLeft,
        @Schema(description = "Where the calling teacher stands; absent when they have no booking (or for an "
                + "inspector's view).")
        BookingStatus myStatus,
        @Schema(description = "The calling teacher's place in the waiting line (1: next); absent unless waitlisted.")
        Integer myWaitlistPosition,
        @Schema(required = true, description = "Who runs the session, by name, in the order of trainerUsernames.")
        List<String> trainers,
        @Schema(required = true, description = "Who runs the session, by username.")
        List<String> trainerUsernames,
        @Schema(description = "A warning: another session one of the trainers runs at the same time; absent when none.")
        String trainerClash,
        @Schema(description = "A warning: the key of the public holiday the session falls on; absent when none.", example = "armistice")
        String publicHoliday,
        @Schema(description = "A warning: the school holidays the session falls in; absent when none.", example = "Vacances de Noël")
        String schoolHoliday,
        @Schema(required = true) boolean cancelled,
        @Schema(description = "The offer's description; absent when not given.")
        String description,
        @Schema(required = true, description = "The cycles the offer is for (none, and no school either: everyone it may reach).")
        Set<Cycle> targetCycles,
        @Schema(required = true, description = "The schools the offer is for, by name, sorted.")
        List<String> targetSchoolNames,
        @Schema(description = "Why the calling teacher's request was refused; absent otherwise.")
        RefusalReason myRefusalReason,
        @Schema(description = "The inspector's note on the refusal; absent otherwise.")
        String myReasonNote,
        @Schema(required = true, description = "Whether the offer's sessions are a parcours booked as one set.")
        boolean takenTogether,
        @Schema(required = true, description = "Every date of the set, soonest first, this session included; empty unless "
                + "takenTogether.")
        List<SetDate> setDates,
        @Schema(required = true, description = "The equipment types the offer teaches to use.")
        Set<EquipmentType> equipmentTypes) {

    /** Whether the inspector should look again at this session before teachers come. */
    public boolean hasWarning() {
        return publicHoliday != null || schoolHoliday != null || trainerClash != null;
    }

    /** Whether the offer is for every teacher it may reach (no cycle, no school named). */
    public boolean forEveryone() {
        return targetCycles.isEmpty() && targetSchoolNames.isEmpty();
    }
}
