package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.TrainingFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        List<TrainingFigures.Row> large = new ArrayList<>();
        List<TrainingFigures.Row> small = new ArrayList<>();
        figures.rows().forEach(r -> (r.teachers() < minimum ? small : large).add(r));
        List<TrainingFigures.Row> rows = new ArrayList<>();
        if (small.isEmpty()) {
            rows.addAll(large);
        } else {
            List<TrainingFigures.Row> bySize = new ArrayList<>(large);
            bySize.sort(Comparator.comparingInt(TrainingFigures.Row::teachers));
            while (teachers(small) < minimum && !bySize.isEmpty()) {
                small.add(bySize.remove(0));
            }
            large.stream().filter(bySize::contains).forEach(rows::add);
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

    private static TrainingFigures.Row shown(TrainingFigures.Row row, int minimum) {
        return tooSmall(row.teachers(), minimum)
                ? new TrainingFigures.Row(row.code(), row.name(), row.teachers(), null, null, null) : row;
    }

    private static boolean tooSmall(int teachers, int minimum) {
        return teachers > 0 && teachers < minimum;
    }

    private static int teachers(List<TrainingFigures.Row> rows) {
        return rows.stream().mapToInt(TrainingFigures.Row::teachers).sum();
    }
}
