package fr.tandem.licence.model;

import java.time.Instant;

/** A document of a licence, without its content. */
public record DocumentSummary(long id, long licenceId, String fileName, String contentType, int byteSize,
                              Instant uploadedAt) {
}
