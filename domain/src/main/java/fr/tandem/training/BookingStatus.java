package fr.tandem.training;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a teacher stands for a session: a seat, a place in the waiting line, a request the
 * inspector has still to validate, or nothing any more (cancelled or refused).
 */
public enum BookingStatus {
    CONFIRMED,
    WAITLISTED,
    PENDING,
    CANCELLED,
    REFUSED;

    /** The standings that hold the teacher's time (and stop them booking the same session again). */
    public static final Set<BookingStatus> ACTIVE = EnumSet.of(CONFIRMED, WAITLISTED, PENDING);

    public boolean active() {
        return ACTIVE.contains(this);
    }
}
