package fr.tandem.platform.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OneJsonValueTest {

    @Test
    void refusesAnythingButWhitespaceAfterTheFirstValue() {
        for (String body : new String[]{"{\"subject\":\"x\"}}}}}", "{\"a\":1}{\"b\":2}", "[1,2] x", "{} null", "\"text\" 1"}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> check(body), body);
            assertThat(refused.key(), is("api.body.trailing"));
        }
        assertThat(new RuleViolation("api.body.trailing").messageIn(Locale.ENGLISH),
                is("The request body holds characters after the end of its JSON value: send one JSON value and nothing after it."));
    }

    @Test
    void acceptsOneValueWithWhitespaceAndLeavesMalformedBodiesToTheJsonReader() {
        for (String body : new String[]{"{\"subject\":\"x\",\"list\":[1,{}]}", " {} \n\t ", "[]", "null", "\"text\"", "",
                "{", "{\"subject\":", "{'single':'quotes'}"}) {
            assertDoesNotThrow(() -> check(body), body);
        }
    }

    private static void check(String body) {
        OneJsonValue.refuseWhatFollowsTheFirstValue(body.getBytes(StandardCharsets.UTF_8));
    }
}
