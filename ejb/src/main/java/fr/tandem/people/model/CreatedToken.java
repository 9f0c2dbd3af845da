package fr.tandem.people.model;

/** A token just created: the secret, to show once and never again, and how it will be listed. */
public record CreatedToken(String secret, TokenSummary token) {
}
