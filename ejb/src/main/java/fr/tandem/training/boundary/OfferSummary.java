package fr.tandem.training.boundary;

import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferStatus;
import java.time.Instant;
import java.util.List;

/** A training offer with its sessions, as inspectors see it. */
public record OfferSummary(long id, String title, String description, String topic, OfferCategory category,
                           Modality modality, int minutesCredited, Instant enrolmentOpens, Instant enrolmentCloses,
                           OfferStatus status, String circonscriptionName, List<SessionSummary> sessions) {
}
