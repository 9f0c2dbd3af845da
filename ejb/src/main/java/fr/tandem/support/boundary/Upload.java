package fr.tandem.support.boundary;

/** A file sent with a request, before it is checked. */
public record Upload(String fileName, byte[] content) {
}
