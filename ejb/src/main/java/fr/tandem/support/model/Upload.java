package fr.tandem.support.model;

/** A file sent with a request, before it is checked. */
public record Upload(String fileName, byte[] content) {
}
