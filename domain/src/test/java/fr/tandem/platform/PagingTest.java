package fr.tandem.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void acceptsAWindowFromTheFirstRowOfOneToFiveHundredRows() {
        assertDoesNotThrow(() -> Paging.check(0, 1));
        assertDoesNotThrow(() -> Paging.check(0, Paging.DEFAULT_SIZE));
        assertDoesNotThrow(() -> Paging.check(123_456, 500));
    }

    @Test
    void refusesANegativeFirstRowAndASizeOutOfRangeInBothLanguages() {
        for (int[] window : new int[][]{{-1, 20}, {0, 0}, {0, -1}, {0, 501}, {0, 99_999_999}}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> Paging.check(window[0], window[1]));
            assertThat(refused.key(), is("paging.window"));
        }
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Paging.check(0, 99_999_999));
        assertThat(refused.messageIn(Locale.ENGLISH), is("The page asked for is not valid (first=0, size=99999999): "
                + "first must be 0 or more and size between 1 and 500."));
        assertThat(refused.messageIn(Locale.FRENCH), is("La page demandée n'est pas valide (first=0, size=99999999) : "
                + "first doit être positif ou nul et size compris entre 1 et 500."));
    }

    @Test
    void clampsForInternalCallers() {
        assertThat(Paging.clamp(0), is(20));
        assertThat(Paging.clamp(-3), is(20));
        assertThat(Paging.clamp(50), is(50));
        assertThat(Paging.clamp(Integer.MAX_VALUE), is(500));
    }
}
