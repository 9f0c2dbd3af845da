package fr.tandem.platform.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageJsonTest {

    /** Texts that end a script, a string, an attribute or a CDATA section, or a line in older engines. */
    static final List<String> HOSTILE = List.of(
            "X</script><script>document.title='x'</script>",
            "</SCRIPT ><!--<script>",
            "');alert(1);//",
            "\" onclick=\"alert(1)\" x=\"",
            "]]><img src=x onerror=alert(1)>",
            "Ligne\u2028séparée\u2029fin",
            "a & b &amp; &#60; \\u003c \\</script>",
            "École \u202Eevil\u202C 🎓 \"quoted\" \\ back\ttab\nline");

    private static JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** What the page's parser could take for markup or a line end: none of it may stay in the JSON text. */
    private static void assertSafe(String json) {
        for (String unsafe : List.of("<", ">", "&", "'", "\u2028", "\u2029")) {
            assertThat(json, not(containsString(unsafe)));
        }
    }

    @Test
    void aStringLiteralHoldsNoCharacterThatEndsAScriptOrAStringAndReadsBackTheSame() {
        for (String text : HOSTILE) {
            String literal = PageJson.string(text);
            assertSafe(literal);
            assertThat(literal.charAt(0), is('"'));
            assertThat(((JsonString) read(literal)).getString(), is(text));
        }
    }

    @Test
    void anObjectIsWrittenSafeAndReadsBackEqual() {
        var labels = Json.createArrayBuilder();
        HOSTILE.forEach(labels::add);
        JsonObject chart = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)).add("n", 1.5).add("ok", true).build();
        String json = PageJson.of(chart);
        assertSafe(json);
        assertThat(read(json), is(chart));
    }

    @Test
    void theEscapesAreJsonsOwnFourDigitOnes() {
        assertThat(PageJson.escape("\"</script>&'\u2028\u2029\""),
                is("\"\\u003c/script\\u003e\\u0026\\u0027\\u2028\\u2029\""));
        assertThat(PageJson.string("]]>"), is("\"]]\\u003e\""));
    }

    @Test
    void escapingTwiceChangesNothingMoreAndSafeTextIsLeftAsItIs() {
        for (String text : HOSTILE) {
            String once = PageJson.string(text);
            assertThat(PageJson.escape(once), is(once));
        }
        String plain = "{\"labels\":[\"École Jules Ferry (démo)\"],\"data\":[1,2]}";
        assertThat(PageJson.escape(plain), is(plain));
    }

    @Test
    void nothingGivesNothing() {
        assertThat(PageJson.escape(null), nullValue());
        assertThat(PageJson.string(null), is("null"));
    }
}
