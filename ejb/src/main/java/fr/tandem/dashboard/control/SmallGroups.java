package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.TrainingFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The privacy rule of shared training figures: a line of fewer than {@code minimum} teachers would
 * show the working time of one or two people, so such lines are merged into one "other" line (code
 * empty). When that line is still too small while larger lines exist, the smallest of them join
 * it as well, so that no hidden figure can be worked out by subtracting the shown lines from the
 * total. Only when the whole view holds fewer than {@code minimum} teachers is the merged line —
 * and the total — left without its per-teacher figures ({@code null}). Head counts and totals stay
 * exact.
 */
public final class SmallGroups {

    private SmallGroups() {
    }

    /**
     * The figures as they may be shared.
     *
     * @param othersName the name of the merged line
     */
    public static TrainingFigures applied(TrainingFigures figures, int minimum, String othersName) {
        Split<TrainingFigures.Row> split = split(figures.rows(), TrainingFigures.Row::teachers, minimum);
        List<TrainingFigures.Row> rows = new ArrayList<>(split.shown());
        if (!split.merged().isEmpty()) {
            List<TrainingFigures.Row> small = split.merged();
            rows.add(shown(new TrainingFigures.Row("", othersName, teachers(small),
                    small.stream().mapToInt(TrainingFigures.Row::teachersComplete).sum(),
                    small.stream().mapToLong(TrainingFigures.Row::minutesDue).sum(),
                    small.stream().mapToLong(TrainingFigures.Row::minutesDone).sum()), minimum));
        }
        boolean hideTotal = tooSmall(figures.teachers(), minimum);
        return new TrainingFigures(figures.schoolYear(), minimum, figures.teachers(),
                hideTotal ? null : figures.teachersComplete(), hideTotal ? null : figures.minutesDue(),
                hideTotal ? null : figures.minutesDone(), List.copyOf(rows));
    }

    /**
     * Rows of any kind split by the rule: those shown as they are (in their order) and those to merge
     * into the one "other" line (none: nothing to merge).
     *
     * @param teachers how many teachers a row stands for
     */
    public static <R> Split<R> split(List<R> rows, ToIntFunction<R> teachers, int minimum) {
        List<R> large = new ArrayList<>();
        List<R> small = new ArrayList<>();
        rows.forEach(r -> (teachers.applyAsInt(r) < minimum ? small : large).add(r));
        if (small.isEmpty()) {
            return new Split<>(List.copyOf(large), List.of());
        }
        List<R> bySize = new ArrayList<>(large);
        bySize.sort(Comparator.comparingInt(teachers));
        while (small.stream().mapToInt(teachers).sum() < minimum && !bySize.isEmpty()) {
            small.add(bySize.remove(0));
        }
        return new Split<>(large.stream().filter(bySize::contains).toList(), List.copyOf(small));
    }

    /** Rows shown as they are, and rows merged into one "other" line. */
    public record Split<R>(List<R> shown, List<R> merged) {
    }

    /** Whether a group of this many teachers is too small to show its per-teacher figures (none is not). */
    public static boolean tooSmall(int teachers, int minimum) {
        return teachers > 0 && teachers < minimum;
    }

    private static TrainingFigures.Row shown(TrainingFigures.Row row, int minimum) {
        return tooSmall(row.teachers(), minimum)
                ? new TrainingFigures.Row(row.code(), row.name(), row.teachers(), null, null, null) : row;
    }

    private static int teachers(List<TrainingFigures.Row> rows) {
        return rows.stream().mapToInt(TrainingFigures.Row::teachers).sum();
    }
}
