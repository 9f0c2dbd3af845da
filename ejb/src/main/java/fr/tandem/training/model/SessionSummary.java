package fr.tandem.training.model;

import fr.tandem.training.BookingStatus;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OfferStatus;
import java.time.Instant;
import java.util.List;

/**
 * A session as the catalogue, the inspector's pages and the REST API show it: its offer, time,
 * place, trainers and seats, for a teacher where they stand, and — as warnings for the inspector —
 * the key of the public holiday it falls on, the school holidays it falls in, and another session
 * one of its trainers runs at the same time, if any.
 */
public record SessionSummary(long sessionId, long offerId, String title, String topic, OfferCategory category,
                             OfferNature nature, Modality modality, int minutesCredited, OfferStatus offerStatus,
                             boolean needsValidation, Instant enrolmentOpens, Instant enrolmentCloses,
                             Instant startsAt, Instant endsAt, String place, int capacity, int confirmed,
                             int waitlisted, int pending, int seatsLeft, BookingStatus myStatus,
                             Integer myWaitlistPosition, List<String> trainers, List<String> trainerUsernames,
                             String trainerClash, String publicHoliday, String schoolHoliday, boolean cancelled) {

    /** Whether the inspector should look again at this session before teachers come. */
    public boolean hasWarning() {
        return publicHoliday != null || schoolHoliday != null || trainerClash != null;
    }
}
