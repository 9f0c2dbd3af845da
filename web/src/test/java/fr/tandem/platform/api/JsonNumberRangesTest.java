package fr.tandem.platform.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonNumberRangesTest {

    record Seat(int row, Long id) {
    }

    record Offer(String title, Integer minutesCredited, int capacity, BigDecimal price, double ratio, long id,
                 List<Seat> seats, Map<String, Integer> counts, short[] days) {
    }

    private static final Type LIST_OF_OFFERS = Holder.class.getDeclaredFields()[0].getGenericType();

    static final class Holder {
        List<Offer> offers;
    }

    @Test
    void refusesAWholeNumberTooLargeForItsPropertyAndQuotesItAsSent() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> check("{\"minutesCredited\":1e12}", Offer.class));
        assertThat(refused.key(), is("api.body.numberTooLarge"));
        assertThat(refused.messageIn(Locale.ENGLISH),
                is("The number 1e12 sent for \"minutesCredited\" is too large: it must be between -2,147,483,648 and 2,147,483,647."));
        assertThat(refused.messageIn(Locale.FRENCH).startsWith("Le nombre 1e12 envoyé pour « minutesCredited » est trop grand"),
                is(true));
        assertThat(assertThrows(RuleViolation.class, () -> check("{\"title\":\"x\",\"capacity\":99999999999}", Offer.class))
                .arguments()[0], is("99999999999"));
        assertThat(assertThrows(RuleViolation.class, () -> check("{\"capacity\":-2147483649}", Offer.class))
                .arguments()[1], is("capacity"));
    }

    @Test
    void followsNestedRecordsListsMapsAndArrays() {
        assertThrows(RuleViolation.class, () -> check("{\"seats\":[{\"row\":1},{\"row\":3000000000}]}", Offer.class));
        assertThrows(RuleViolation.class, () -> check("{\"seats\":[{\"id\":1e19}]}", Offer.class));
        assertThrows(RuleViolation.class, () -> check("{\"counts\":{\"a\":1,\"b\":4e9}}", Offer.class));
        assertThrows(RuleViolation.class, () -> check("{\"days\":[1,40000]}", Offer.class));
        assertThrows(RuleViolation.class, () -> check("[{\"capacity\":1},{\"capacity\":1e10}]", LIST_OF_OFFERS));
    }

    @Test
    void leavesNumbersThatFitOrHaveNoWholeNumberTypeAndMalformedBodiesAlone() {
        for (String body : new String[]{"{\"minutesCredited\":2147483647,\"capacity\":-2147483648,\"id\":9007199254740993}",
                "{\"price\":1e400,\"ratio\":1e300,\"unknown\":1e99,\"title\":\"x\"}", "{\"capacity\":", "[1e99]", "1e99",
                "{\"title\":{\"hash\":1e99}}"}) {
            assertDoesNotThrow(() -> check(body, Offer.class), body);
        }
        assertDoesNotThrow(() -> check("{\"a\":1e99}", String.class));
    }

    private static void check(String body, Type target) {
        JsonNumberRanges.refuseNumbersOutOfRange(body.getBytes(StandardCharsets.UTF_8), target);
    }
}
