package fr.tandem.training;

/** Where a teacher stands for a session: a seat, a place in the waiting line, or nothing any more. */
public enum BookingStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED;

    public boolean active() {
        return this != CANCELLED;
    }
}
