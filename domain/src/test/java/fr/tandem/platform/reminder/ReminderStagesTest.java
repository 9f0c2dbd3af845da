package fr.tandem.platform.reminder;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderStagesTest {

    private static final LocalDate END = LocalDate.of(2027, 8, 15);
    private final ReminderStages cut = ReminderStages.DEFAULT;

    @Test
    void nothingBeforeTheFirstStage() {
        assertThat(cut.due(END, END.minusDays(91), Set.of()), is(Optional.empty()));
    }

    @Test
    void eachStageOnItsDayAndOnlyOnce() {
        assertThat(cut.due(END, END.minusDays(90), Set.of()), is(Optional.of(90)));
        assertThat(cut.due(END, END.minusDays(89), Set.of(90)), is(Optional.empty()));
        assertThat(cut.due(END, END.minusDays(30), Set.of(90)), is(Optional.of(30)));
        assertThat(cut.due(END, END.minusDays(7), Set.of(90, 30)), is(Optional.of(7)));
        assertThat(cut.due(END, END, Set.of(90, 30, 7)), is(Optional.empty()));
    }

    @Test
    void aLateRunSendsOnlyTheMostUrgentStageAndNeverTheEarlierOnesAfterIt() {
        assertThat(cut.due(END, END.minusDays(5), Set.of()), is(Optional.of(7)));
        assertThat(cut.due(END, END.minusDays(4), Set.of(7)), is(Optional.empty()));
    }

    @Test
    void nothingOnceExpired() {
        assertThat(cut.due(END, END.plusDays(1), Set.of()), is(Optional.empty()));
    }

    @Test
    void stagesAreConfigurableAndChecked() {
        assertThat(ReminderStages.parse(" 7, 60 ;15").days(), is(List.of(60, 15, 7)));
        assertThrows(RuleViolation.class, () -> ReminderStages.parse("30, 30"));
        assertThrows(RuleViolation.class, () -> ReminderStages.parse("abc"));
        assertThrows(RuleViolation.class, () -> ReminderStages.parse(""));
    }
}
