package fr.tandem.people;

import fr.tandem.platform.RuleViolation;

/**
 * A teacher's quotité de travail: the share of a full-time post they work, in percent, from 10
 * to 100. The hours of training they owe are in proportion to it.
 *
 * @throws RuleViolation {@code account.workingTime.range} outside these bounds
 */
public record WorkingTime(int percent) {

    public static final WorkingTime FULL = new WorkingTime(100);

    public WorkingTime {
        if (percent < 10 || percent > 100) {
            throw new RuleViolation("account.workingTime.range", percent);
        }
    }

    /** The working time typed, full time when left out. */
    public static WorkingTime of(Integer percent) {
        return percent == null ? FULL : new WorkingTime(percent);
    }
}
