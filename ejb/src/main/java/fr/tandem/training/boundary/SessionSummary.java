package fr.tandem.training.boundary;

import fr.tandem.training.BookingStatus;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferStatus;
import java.time.Instant;

/**
 * A session as the catalogue, the inspector's pages and the REST API show it: its offer, time,
 * place and seats, for a teacher where they stand, and — as warnings for the inspector — the key
 * of the public holiday it falls on and the school holidays it falls in, if any.
 */
public record SessionSummary(long sessionId, long offerId, String title, String topic, OfferCategory category,
                             Modality modality, int minutesCredited, OfferStatus offerStatus, Instant enrolmentOpens,
                             Instant enrolmentCloses, Instant startsAt, Instant endsAt, String place, int capacity,
                             int confirmed, int waitlisted, int seatsLeft, BookingStatus myStatus,
                             Integer myWaitlistPosition, String publicHoliday, String schoolHoliday,
                             boolean cancelled) {

}
