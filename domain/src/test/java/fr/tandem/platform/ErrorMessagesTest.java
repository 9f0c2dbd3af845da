package fr.tandem.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The error messages speak both languages, key for key, and keep their apostrophes through MessageFormat. */
class ErrorMessagesTest {

    private static final String BUNDLE = "fr/tandem/platform/Errors";
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyKeyIsInFrenchAndInEnglish() throws IOException {
        Set<String> onlyFrench = new TreeSet<>(load(BUNDLE + ".properties").stringPropertyNames());
        Set<String> english = load(BUNDLE + "_en.properties").stringPropertyNames();
        onlyFrench.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(load(BUNDLE + ".properties").stringPropertyNames());
        assertThat("keys without English", onlyFrench, is(empty()));
        assertThat("keys without French", onlyEnglish, is(empty()));
    }

    /** Every message goes through MessageFormat, arguments or not: an apostrophe is written doubled. */
    @ParameterizedTest
    @ValueSource(strings = {BUNDLE + ".properties", BUNDLE + "_en.properties"})
    void apostrophesAreDoubled(String file) throws IOException {
        Properties messages = load(file);
        List<String> wrong = messages.stringPropertyNames().stream()
                .filter(key -> LONE_APOSTROPHE.matcher(messages.getProperty(key)).find()).sorted().toList();
        assertThat(wrong, is(empty()));
    }

    @Test
    void aMessageWithoutArgumentsKeepsItsApostrophe() {
        assertThat(RuleViolation.format(Locale.ENGLISH, "plan.title.required"), is("The plan's title is required."));
        assertThat(RuleViolation.format(Locale.FRENCH, "plan.line.year.outside", "2025–2028"),
                is("L'année scolaire doit être l'une de celles du plan (2025–2028)."));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ErrorMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
