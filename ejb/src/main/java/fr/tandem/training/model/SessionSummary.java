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
public record SessionSummary(long sessionId, long offerId, String title, String topic, OfferCategory category,
                             OfferNature nature, Modality modality, int minutesCredited, OfferStatus offerStatus,
                             boolean needsValidation, Instant enrolmentOpens, Instant enrolmentCloses,
                             Instant startsAt, Instant endsAt, String place, int capacity, int confirmed,
                             int waitlisted, int pending, int seatsLeft, BookingStatus myStatus,
                             Integer myWaitlistPosition, List<String> trainers, List<String> trainerUsernames,
                             String trainerClash, String publicHoliday, String schoolHoliday, boolean cancelled,
                             String description, Set<Cycle> targetCycles, List<String> targetSchoolNames,
                             RefusalReason myRefusalReason, String myReasonNote, boolean takenTogether,
                             List<SetDate> setDates, Set<EquipmentType> equipmentTypes) {

    /** Whether the inspector should look again at this session before teachers come. */
    public boolean hasWarning() {
        return publicHoliday != null || schoolHoliday != null || trainerClash != null;
    }

    /** Whether the offer is for every teacher it may reach (no cycle, no school named). */
    public boolean forEveryone() {
        return targetCycles.isEmpty() && targetSchoolNames.isEmpty();
    }
}
