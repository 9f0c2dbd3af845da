package fr.tandem.platform.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IfMatchVersionsTest {

    record Form(String name, Long version) {
    }

    record Move(String state, long version) {
    }

    record Named(String name) {
    }

    record Summary(long id, long version) {
    }

    record Maybe(Long version) {
    }

    @Test
    void readsOneStrongTagOrAnyVersion() {
        assertThat(IfMatchVersions.version("\"3\"", 1), is(3L));
        assertThat(IfMatchVersions.version(" \"0\" ", 1), is(0L));
        assertThat(IfMatchVersions.version("*", 1), nullValue());
    }

    @Test
    void refusesWeakTagsListsAndAnythingElse() {
        for (String value : new String[]{"W/\"3\"", "3", "\"3\", \"4\"", "\"-1\"", "\"abc\"", "\"\"", "", "\"3",
                "\"1234567890123456789\""}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> IfMatchVersions.version(value, 1), value);
            assertThat(refused.key(), is("api.ifMatch.invalid"));
        }
        assertThrows(RuleViolation.class, () -> IfMatchVersions.version("\"3\"", 2));
        assertThat(new RuleViolation("api.ifMatch.invalid", "W/\"3\"").messageIn(Locale.FRENCH),
                is("L'en-tête If-Match « W/\"3\" » n'est pas valide : envoyez * ou l'ETag lu, une version entre "
                        + "guillemets (par exemple \"3\"), sans W/."));
        assertThat(new RuleViolation("concurrent.stale").messageIn(Locale.ENGLISH),
                is("Someone changed this item since you read it: read it again (ETag) and try again."));
    }

    @Test
    void replacesOrAddsTheBodysVersionAndKeepsTheRest() {
        assertThat(replaced("{\"name\":\"École\",\"version\":2,\"amount\":12.50}", 7),
                is("{\"name\":\"École\",\"version\":7,\"amount\":12.50}"));
        assertThat(replaced("{\"name\":\"x\"}", 7), is("{\"name\":\"x\",\"version\":7}"));
        assertThat(replaced("{\"version\":null}", 0), is("{\"version\":0}"));
        assertThat(IfMatchVersions.withVersion("[1]".getBytes(StandardCharsets.UTF_8), 7), nullValue());
        assertThat(IfMatchVersions.withVersion("{\"name\":".getBytes(StandardCharsets.UTF_8), 7), nullValue());
    }

    @Test
    void appliesToBodiesWhoseTypeHasAVersion() {
        assertThat(IfMatchVersions.hasVersionMember(Form.class), is(true));
        assertThat(IfMatchVersions.hasVersionMember(Move.class), is(true));
        assertThat(IfMatchVersions.hasVersionMember(Named.class), is(false));
        assertThat(IfMatchVersions.hasVersionMember(String.class), is(false));
        assertThat(IfMatchVersions.hasVersionMember(List.class), is(false));
    }

    @Test
    void tagsAnswersThatCarryAVersion() {
        assertThat(VersionETags.entityTag(new Summary(4, 12)), is("\"12\""));
        assertThat(VersionETags.entityTag(new Maybe(null)), nullValue());
        assertThat(VersionETags.entityTag(new Named("x")), nullValue());
        assertThat(VersionETags.entityTag(List.of(new Summary(4, 12))), nullValue());
        assertThat(VersionETags.entityTag("text"), nullValue());
    }

    private static String replaced(String body, long version) {
        return new String(IfMatchVersions.withVersion(body.getBytes(StandardCharsets.UTF_8), version),
                StandardCharsets.UTF_8);
    }
}
