package fr.tandem.licence.boundary;

/** A document's content, type and name, for download. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
