package fr.tandem.people;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingTimeTest {

    @Test
    void fullTimeWhenLeftOut() {
        assertThat(WorkingTime.of(null), is(WorkingTime.FULL));
        assertThat(WorkingTime.FULL.percent(), is(100));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50, 75, 80, 100})
    void fromTenToAHundredPercent(int percent) {
        assertThat(WorkingTime.of(percent).percent(), is(percent));
        assertThat(WorkingTime.of(percent), is(new WorkingTime(percent)));
    }

    @ParameterizedTest
    @ValueSource(ints = {-100, 0, 9, 101, 1000})
    void outsideIsRefusedWithTheNumberReceived(int percent) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> WorkingTime.of(percent));
        assertThat(refused.key(), is("account.workingTime.range"));
        assertThat(refused.arguments()[0], is(percent));
    }

    @Test
    void theRefusalSaysTheBoundsAndTheNumberReceived() {
        assertThat(assertThrows(RuleViolation.class, () -> WorkingTime.of(9)).messageIn(Locale.FRENCH),
                is("La quotité de travail doit être comprise entre 10 et 100 % (reçu : 9)."));
    }
}
