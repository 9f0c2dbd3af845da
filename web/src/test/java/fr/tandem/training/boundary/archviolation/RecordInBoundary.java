package fr.tandem.training.boundary.archviolation;

/** An exchanged record left in a boundary package. */
public record RecordInBoundary(String name) {
}
