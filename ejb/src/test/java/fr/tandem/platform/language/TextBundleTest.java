package fr.tandem.platform.language;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import fr.tandem.platform.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundles of mails and documents speak both languages, key for key, and write what they are given as it is. */
class TextBundleTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/mails", "i18n/documents"})
    void everyKeyIsInFrenchAndInEnglish(String bundle) throws IOException {
        Set<String> french = load(bundle + ".properties").stringPropertyNames();
        Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
        Set<String> onlyFrench = new TreeSet<>(french);
        onlyFrench.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(french);
        assertThat("keys without English", onlyFrench, is(empty()));
        assertThat("keys without French", onlyEnglish, is(empty()));
    }

    /** MessageFormat swallows a lone apostrophe of a text with arguments; a text without keeps a doubled one. */
    @ParameterizedTest
    @ValueSource(strings = {"i18n/mails.properties", "i18n/mails_en.properties", "i18n/documents.properties",
            "i18n/documents_en.properties"})
    void apostrophesAreDoubledExactlyInTextsWithArguments(String file) throws IOException {
        Properties texts = load(file);
        List<String> wrong = texts.stringPropertyNames().stream().filter(key -> !key.endsWith(".pattern"))
                .filter(key -> {
                    String value = texts.getProperty(key);
                    boolean formatted = ARGUMENT.matcher(value).find();
                    return formatted ? LONE_APOSTROPHE.matcher(value).find() : value.contains("''");
                }).sorted().toList();
        assertThat(wrong, is(empty()));
        texts.stringPropertyNames().stream().filter(key -> key.endsWith(".pattern"))
                .forEach(key -> DateTimeFormatter.ofPattern(texts.getProperty(key)));
    }

    @Test
    void numbersAreWrittenAsTheyAreAndApostrophesKept() {
        TextBundle french = TextBundle.of(TextBundle.MAILS, Language.FRENCH);
        assertThat(french.text("support.subject", 12345L, "L'écran"), is("[Demande 12345] L'écran"));
        assertThat(french.text("training.waitlisted.subject", "Webradio"), is("Liste d'attente : Webradio"));
        assertThat(TextBundle.of(TextBundle.MAILS, Language.ENGLISH).text("support.subject", 12345L, "Screen"),
                is("[Request 12345] Screen"));
    }

    @Test
    void frenchStaysFrenchOnAServerOfAnotherLanguageAndDatesAreParisOnes() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            TextBundle french = TextBundle.of(TextBundle.MAILS, Language.FRENCH);
            Instant summer = Instant.parse("2026-06-15T07:30:00Z");
            assertThat(french.date("training.when.pattern", summer), is("lundi 15 juin 2026 de 09h30"));
            assertThat(TextBundle.of(TextBundle.MAILS, Language.ENGLISH).date("training.when.pattern", summer),
                    is("Monday 15 June 2026 from 09:30"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
