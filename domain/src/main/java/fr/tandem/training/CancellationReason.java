package fr.tandem.training;

/**
 * Why a teacher gave up a seat shortly before the session: a reason from a list kept for the
 * statistics; {@link #OTHER} needs a note saying which.
 */
public enum CancellationReason {
    ILLNESS,
    FAMILY,
    SERVICE_NEEDS,
    SCHOOL_EVENT,
    OTHER
}
