package fr.tandem.platform.reminder;

import fr.tandem.platform.RuleViolation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The days before a deadline (a licence's end, a warranty's, a contract's notice date or end) at
 * which city staff are reminded (90, 30 and 7 by default). On a given day only the most urgent stage reached is due, and only if neither it nor a more
 * urgent one fired already: a server stopped for weeks sends the one reminder that still makes
 * sense, not three at once, and a stage never fires twice.
 */
public record ReminderStages(List<Integer> days) {

    public static final ReminderStages DEFAULT = new ReminderStages(List.of(90, 30, 7));

    public ReminderStages {
        if (days == null || days.isEmpty() || days.size() > 10
                || days.stream().anyMatch(d -> d == null || d < 0 || d > 365)
                || days.stream().distinct().count() != days.size()) {
            throw new RuleViolation("reminder.stages.invalid");
        }
        days = days.stream().sorted((a, b) -> b - a).toList();
    }

    /** Reads "90, 30, 7". */
    public static ReminderStages parse(String text) {
        try {
            return new ReminderStages(Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank())
                    .map(Integer::valueOf).toList());
        } catch (NumberFormatException | NullPointerException notNumbers) {
            throw new RuleViolation("reminder.stages.invalid");
        }
    }

    /** The stage to fire today for a deadline on the given day, given the stages already fired. */
    public Optional<Integer> due(LocalDate validUntil, LocalDate today, Collection<Integer> fired) {
        long left = ChronoUnit.DAYS.between(today, validUntil);
        if (left < 0) {
            return Optional.empty();
        }
        Optional<Integer> mostUrgent = days.stream().filter(d -> d >= left).min(Integer::compare);
        return mostUrgent.filter(stage -> fired.stream().noneMatch(f -> f <= stage));
    }

    /** "90, 30, 7". */
    public String text() {
        return String.join(", ", days.stream().map(String::valueOf).toList());
    }
}
