package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.TrainingFigures;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** No shared training line stands for fewer than the minimum of teachers, and the totals stay exact. */
class SmallGroupsTest {

    private static TrainingFigures.Row row(String code, int teachers, int complete, long due, long done) {
        return new TrainingFigures.Row(code, "École " + code, teachers, complete, due, done);
    }

    private static TrainingFigures figures(TrainingFigures.Row... rows) {
        List<TrainingFigures.Row> list = List.of(rows);
        return new TrainingFigures("2026-2027", 5, list.stream().mapToInt(TrainingFigures.Row::teachers).sum(),
                list.stream().mapToInt(TrainingFigures.Row::teachersComplete).sum(),
                list.stream().mapToLong(TrainingFigures.Row::minutesDue).sum(),
                list.stream().mapToLong(TrainingFigures.Row::minutesDone).sum(), list);
    }

    @Test
    void linesOfEnoughTeachersStayAsTheyAre() {
        TrainingFigures figures = figures(row("A", 5, 1, 5400, 600), row("B", 12, 3, 12960, 2000));
        assertThat(SmallGroups.applied(figures, 5, "Autres écoles").rows(), is(figures.rows()));
    }

    @Test
    void smallLinesAreMergedIntoOneOtherLine() {
        TrainingFigures shared = SmallGroups.applied(figures(row("A", 6, 1, 6480, 600), row("B", 1, 0, 1080, 180),
                row("C", 2, 1, 2160, 1080), row("D", 3, 0, 3240, 0)), 5, "Autres écoles");
        assertThat(shared.rows(), contains(row("A", 6, 1, 6480, 600),
                new TrainingFigures.Row("", "Autres écoles", 6, 1, 6480L, 1260L)));
        assertThat("totals stay exact", shared.teachers(), is(12));
        assertThat(shared.minutesDone(), is(1860L));
        assertThat(shared.minGroup(), is(5));
    }

    @Test
    void aMergedLineStillTooSmallTakesTheSmallestLargeLineSoThatNothingCanBeSubtracted() {
        TrainingFigures shared = SmallGroups.applied(figures(row("A", 9, 1, 9720, 600), row("B", 2, 0, 2160, 180),
                row("C", 7, 2, 7560, 3000)), 5, "Autres écoles");
        assertThat(shared.rows(), contains(row("A", 9, 1, 9720, 600),
                new TrainingFigures.Row("", "Autres écoles", 9, 2, 9720L, 3180L)));
    }

    @Test
    void aViewOfFewerTeachersThanTheMinimumShowsOnlyHeadCounts() {
        TrainingFigures shared = SmallGroups.applied(figures(row("A", 1, 0, 1080, 180), row("B", 2, 1, 2160, 1080)),
                5, "Autres écoles");
        assertThat(shared.rows(), contains(new TrainingFigures.Row("", "Autres écoles", 3, null, null, null)));
        assertThat(shared.rows().get(0).hidden(), is(true));
        assertThat(shared.teachers(), is(3));
        assertThat(shared.teachersComplete(), is(nullValue()));
        assertThat(shared.minutesDue(), is(nullValue()));
        assertThat(shared.minutesDone(), is(nullValue()));
    }

    @Test
    void noTeacherAtAllHidesNothing() {
        TrainingFigures shared = SmallGroups.applied(figures(), 5, "Autres écoles");
        assertThat(shared.rows(), is(List.of()));
        assertThat(shared.minutesDue(), is(0L));
    }

    @Test
    void theMinimumIsASetting() {
        TrainingFigures figures = figures(row("A", 3, 1, 3240, 600), row("B", 4, 0, 4320, 0));
        assertThat(SmallGroups.applied(figures, 3, "Autres écoles").rows(), is(figures.rows()));
        assertThat(SmallGroups.applied(figures, 4, "Autres écoles").rows(),
                contains(new TrainingFigures.Row("", "Autres écoles", 7, 1, 7560L, 600L)));
    }

    @Test
    void anyKindOfRowIsSplitByTheSameRuleTheSmallestLargeLineJoiningTooSmallAnOtherLine() {
        record Line(String name, int teachers) {
        }
        Line a = new Line("A", 9);
        Line b = new Line("B", 6);
        Line c = new Line("C", 3);
        SmallGroups.Split<Line> split = SmallGroups.split(List.of(a, b, c), Line::teachers, 5);
        assertThat(split.shown(), contains(a));
        assertThat(split.merged(), contains(c, b));
        SmallGroups.Split<Line> none = SmallGroups.split(List.of(a, b), Line::teachers, 5);
        assertThat(none.shown(), contains(a, b));
        assertThat(none.merged().isEmpty(), is(true));
        assertThat(SmallGroups.tooSmall(0, 5), is(false));
        assertThat(SmallGroups.tooSmall(4, 5), is(true));
    }
}
