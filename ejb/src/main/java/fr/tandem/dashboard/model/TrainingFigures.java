package fr.tandem.dashboard.model;

import java.util.List;

/**
 * Training hours of the school year, aggregated: teachers, how many have done all their hours,
 * minutes due and done in total, and the same per circonscription — or per school when one
 * circonscription is chosen. Never per named teacher, and never for a group of fewer than
 * {@code minGroup} teachers: such lines are merged into one line without a code, and the
 * per-teacher figures of a group still too small (and of a total that small) are {@code null}.
 */
public record TrainingFigures(String schoolYear, int minGroup, int teachers, Integer teachersComplete,
                              Long minutesDue, Long minutesDone, List<Row> rows) {

    /** One circonscription or school, or the merged small ones (code empty); per-teacher figures null when hidden. */
    public record Row(String code, String name, int teachers, Integer teachersComplete, Long minutesDue,
                      Long minutesDone) {

        /** Whether the per-teacher figures are left out because the group is too small. */
        public boolean hidden() {
            return minutesDue == null;
        }
    }
}
