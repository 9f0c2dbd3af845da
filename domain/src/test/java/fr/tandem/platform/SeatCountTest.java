package fr.tandem.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeatCountTest {

    @Test
    void fromOneToTheCeiling() {
        assertThat(SeatCount.of(1, 1000, "session.capacity.range").value(), is(1));
        assertThat(SeatCount.of(1000, 1000, "session.capacity.range").value(), is(1000));
        assertThat(SeatCount.of(12, 1000, "session.capacity.range"), is(new SeatCount(12)));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1001})
    void zeroNegativeOrBeyondIsRefusedInTheWordsOfTheCaller(int seats) {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> SeatCount.of(seats, 1000, "session.capacity.range"));
        assertThat(refused.key(), is("session.capacity.range"));
        assertThat(refused.arguments()[0], is(seats));
    }

    @Test
    void theRefusalSaysTheNumberReceived() {
        assertThat(assertThrows(RuleViolation.class, () -> SeatCount.of(0, 1000, "session.capacity.range"))
                .messageIn(Locale.FRENCH), is("Le nombre de places doit être compris entre 1 et 1000 (reçu : 0)."));
    }

    @Test
    void missingIsRefusedWithADashAndTheCeilingIsSaid() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> SeatCount.of(null, 100_000, "licence.seats.range"));
        assertThat(refused.messageIn(Locale.FRENCH), is("Une licence par poste a de 1 à 100000 postes (reçu : —)."));
    }

    @Test
    void neverFewerThanTheSeatsTaken() {
        SeatCount five = SeatCount.of(5, 1000, "session.capacity.range");
        assertThat(five.notBelow(5, "session.capacity.belowBooked"), is(five));
        assertThat(five.notBelow(0, "session.capacity.belowBooked"), is(five));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> five.notBelow(6, "licence.seats.belowAssigned"));
        assertThat(refused.key(), is("licence.seats.belowAssigned"));
        assertThat(refused.arguments()[0], is(6));
    }

    @Test
    void aCountIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new SeatCount(0));
    }
}
