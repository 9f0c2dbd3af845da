package fr.tandem.training;

/**
 * Why an inspector refused a request: a reason from a list kept for the statistics; {@link #OTHER}
 * needs a note saying which.
 */
public enum RefusalReason {
    PRIORITY_PUBLIC_FIRST,
    OUTSIDE_TARGET_PUBLIC,
    SERVICE_NEEDS,
    ALREADY_TRAINED,
    SESSION_FULL,
    OTHER
}
