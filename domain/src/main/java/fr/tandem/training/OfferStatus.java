package fr.tandem.training;

/** A draft is only seen by inspectors; a published offer can be booked; a cancelled one no longer. */
public enum OfferStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
