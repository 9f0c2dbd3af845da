package fr.tandem.support.model;

/** A stored file to send back. */
public record FileDownload(String fileName, String contentType, byte[] content) {
}
