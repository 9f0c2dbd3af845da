package fr.tandem.training;

import java.time.Instant;

/**
 * What an inspector sets on a training offer. Credited time is in minutes so that half-hours
 * and sessions shorter than three hours are recorded as they are.
 */
public record OfferDetails(String title, String description, String topic, OfferCategory category, Modality modality,
                           Integer minutesCredited, Instant enrolmentOpens, Instant enrolmentCloses) {
}
