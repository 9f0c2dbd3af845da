package fr.tandem.training;

import fr.tandem.platform.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When something takes place: from {@code start} (included) to {@code end} (excluded), the end
 * after the start. Days are those of Europe/Paris, where the schools are.
 *
 * @throws RuleViolation {@code session.time.required} when a bound is missing,
 *                       {@code session.time.order} when the end is not after the start
 */
public record TimeSlot(Instant start, Instant end) {

    /** The longest a single training session may last. */
    public static final Duration MAX_SESSION_LENGTH = Duration.ofHours(12);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public TimeSlot {
        if (start == null || end == null) {
            throw new RuleViolation("session.time.required");
        }
        if (!start.isBefore(end)) {
            throw new RuleViolation("session.time.order");
        }
    }

    /**
     * The slot of a training session: also at most {@link #MAX_SESSION_LENGTH} long.
     *
     * @throws RuleViolation {@code session.time.tooLong} beyond it
     */
    public static TimeSlot ofSession(Instant start, Instant end) {
        TimeSlot slot = new TimeSlot(start, end);
        if (slot.length().compareTo(MAX_SESSION_LENGTH) > 0) {
            throw new RuleViolation("session.time.tooLong", MAX_SESSION_LENGTH.toHours());
        }
        return slot;
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** Whether both slots share a moment: one ending when the other starts does not overlap it. */
    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The day it starts on, in Paris. */
    public LocalDate day() {
        return LocalDate.ofInstant(start, PARIS);
    }

    /** Whether it starts on a later day than the instant, in Paris (not yet its day). */
    public boolean startsAfterTheDayOf(Instant instant) {
        return LocalDate.ofInstant(instant, PARIS).isBefore(day());
    }
}
