package fr.tandem.platform;

/**
 * A number of seats (a session's places, a licence's postes): at least one, at most a ceiling,
 * and never fewer than those already taken. Each use names its rule keys, so that people read
 * the words of what they are changing.
 */
public record SeatCount(int value) {

    public SeatCount {
        if (value < 1) {
            throw new IllegalArgumentException("A seat count is at least 1, not " + value);
        }
    }

    /**
     * The seats typed, from 1 to {@code most}.
     *
     * @throws RuleViolation {@code rangeKey} with the number typed (or "—" when missing) and {@code most}
     */
    public static SeatCount of(Integer seats, int most, String rangeKey) {
        if (seats == null || seats < 1 || seats > most) {
            throw new RuleViolation(rangeKey, seats == null ? "—" : seats, most);
        }
        return new SeatCount(seats);
    }

    /**
     * These seats, when they are not fewer than those taken.
     *
     * @throws RuleViolation {@code belowKey} with the seats taken otherwise
     */
    public SeatCount notBelow(int taken, String belowKey) {
        if (value < taken) {
            throw new RuleViolation(belowKey, taken);
        }
        return this;
    }
}
