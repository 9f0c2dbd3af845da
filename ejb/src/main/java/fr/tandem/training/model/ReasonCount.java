package fr.tandem.training.model;

/** How many refusals or late cancellations gave one reason (its code, e.g. {@code SESSION_FULL}). */
public record ReasonCount(String reason, long count) {
}
