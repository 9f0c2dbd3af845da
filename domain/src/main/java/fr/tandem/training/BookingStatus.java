package fr.tandem.training;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a teacher stands for a session: a seat, a place in the waiting line, a request the
 * inspector has still to validate, or nothing any more (cancelled or refused).
 */
@Schema(description = "Where a teacher stands for a session: CONFIRMED a seat, WAITLISTED in the waiting line, PENDING a "
                + "request the inspector has still to validate, CANCELLED or REFUSED.")
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
