package fr.tandem.support;

/** The steps of a request: new → assigned → in progress → waiting for the teacher → resolved → closed. */
public enum RequestStatus {
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    WAITING_FOR_TEACHER,
    RESOLVED,
    CLOSED;

    /** Whether the city still has something to do (the service-level clocks run). */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }
}
