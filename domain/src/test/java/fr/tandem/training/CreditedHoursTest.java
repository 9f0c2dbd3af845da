package fr.tandem.training;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditedHoursTest {

    @Test
    void fromAQuarterHourToEighteenHours() {
        assertThat(CreditedHours.ofMinutes(15).minutes(), is(15));
        assertThat(CreditedHours.ofMinutes(18 * 60).minutes(), is(1080));
        assertThat(CreditedHours.ofMinutes(90), is(new CreditedHours(90)));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -15, 0, 14, 1081, Integer.MAX_VALUE})
    void outsideTheBoundsIsRefusedWithTheNumberReceived(int minutes) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> CreditedHours.ofMinutes(minutes));
        assertThat(refused.key(), is("offer.minutes.range"));
        assertThat(refused.arguments()[0], is(minutes));
    }

    @Test
    void missingIsRefusedWithADash() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> CreditedHours.ofMinutes(null));
        assertThat(refused.messageIn(Locale.FRENCH),
                is("La durée comptée doit être comprise entre 15 minutes et 18 heures (reçu : — minutes)."));
    }

    @Test
    void hoursTypedAsADecimalBecomeMinutesAPartOfAMinuteDropped() {
        assertThat(CreditedHours.minutesIn(new BigDecimal("0.25")), is(15));
        assertThat(CreditedHours.minutesIn(new BigDecimal("1.5")), is(90));
        assertThat(CreditedHours.minutesIn(new BigDecimal("3")), is(180));
        assertThat(CreditedHours.minutesIn(new BigDecimal("1.3")), is(78));
        assertThat(CreditedHours.minutesIn(new BigDecimal("0.249")), is(14));
        assertThat(CreditedHours.minutesIn(null), is(nullValue()));
    }

    @Test
    void minutesShowAsHoursWithTwoDecimalsAtMost() {
        assertThat(new CreditedHours(75).hours(), is(new BigDecimal("1.25")));
        assertThat(new CreditedHours(180).hours().toPlainString(), is("3"));
        assertThat(new CreditedHours(90).hours().toPlainString(), is("1.5"));
        assertThat(new CreditedHours(20).hours().toPlainString(), is("0.33"));
        assertThat(new CreditedHours(1080).hours().toPlainString(), is("18"));
    }
}
