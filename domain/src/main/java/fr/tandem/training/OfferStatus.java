package fr.tandem.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft is only seen by inspectors; a published offer can be booked; a cancelled one no longer. */
@Schema(description = "DRAFT: seen by inspectors only; PUBLISHED: may be booked; CANCELLED.")
public enum OfferStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
