package fr.tandem.licence.model;

/** A document's content, type and name, for download. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
