package fr.tandem.dashboard.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Training hours of the school year, aggregated: teachers, how many have done all their hours,
 * minutes due and done in total, and the same per circonscription — or per school when one
 * circonscription is chosen. Never per named teacher, and never for a group of fewer than
 * {@code minGroup} teachers: such lines are merged into one line without a code, and the
 * per-teacher figures of a group still too small (and of a total that small) are {@code null}.
 */
@Schema(description = "Training hours of the school year, aggregated, never per named teacher; durations in minutes.")
public record TrainingFigures(
        @Schema(required = true, example = "2026-2027") String schoolYear,
        @Schema(required = true, description = "The privacy minimum: smaller groups are merged.", example = "5")
        int minGroup,
        @Schema(required = true) int teachers,
        @Schema(description = "Teachers who did all their hours; absent when the group is too small.")
        Integer teachersComplete,
        @Schema(description = "Minutes due in all; absent when the group is too small.")
        Long minutesDue,
        @Schema(description = "Minutes done in all; absent when the group is too small.")
        Long minutesDone,
        @Schema(required = true, description = "Per circonscription, or per school when one circonscription is chosen.")
        List<Row> rows) {

    /** One circonscription or school, or the merged small ones (code empty); per-teacher figures null when hidden. */
    @Schema(name = "TrainingFiguresRow", description = "One circonscription, school or theme, or the small ones merged (code empty); per-teacher figures "
                + "absent when hidden.")
    public record Row(
            @Schema(required = true, description = "The circonscription's code, the school's UAI or the theme; empty for the merged "
                + "line.")
            String code,
            @Schema(required = true) String name,
            @Schema(required = true) int teachers,
            @Schema(description = "Teachers who did all their hours; absent when the group is too small.")
            Integer teachersComplete,
            @Schema(description = "Minutes due; absent when the group is too small.")
            Long minutesDue,
            @Schema(description = "Minutes done; absent when the group is too small.")
            Long minutesDone) {

        /** Whether the per-teacher figures are left out because the group is too small. */
        public boolean hidden() {
            return minutesDue == null;
        }
    }
}
