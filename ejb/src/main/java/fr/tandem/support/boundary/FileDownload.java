package fr.tandem.support.boundary;

/** A stored file to send back. */
public record FileDownload(String fileName, String contentType, byte[] content) {
}
