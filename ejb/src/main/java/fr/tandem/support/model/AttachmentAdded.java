package fr.tandem.support.model;

/** A file attached to a request: its id (for its address) and the request as it is now. */
public record AttachmentAdded(long attachmentId, RequestSummary request) {
}
