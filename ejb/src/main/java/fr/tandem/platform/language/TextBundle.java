package fr.tandem.platform.language;

import fr.tandem.platform.Language;
import fr.tandem.platform.time.Clocks;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of one bundle of mails or documents ({@code i18n/<name>.properties}, French, and
 * {@code i18n/<name>_en.properties}) in one language. A text with arguments goes through
 * {@link MessageFormat} (its apostrophes are doubled in the bundle), one without is used as it is;
 * numbers are written as they are (identifiers and counts, never grouped). Dates and times are
 * Paris ones, written with a pattern of the bundle in the bundle's language.
 */
public final class TextBundle {

    /** The bundle of mails. */
    public static final String MAILS = "i18n.mails";
    /** The bundle of printed documents and exported files. */
    public static final String DOCUMENTS = "i18n.documents";

    private final ResourceBundle bundle;
    private final Locale locale;

    private TextBundle(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle in the language (French when no file of the language exists: never the server's default). */
    public static TextBundle of(String name, Language language) {
        Locale locale = language.locale();
        return new TextBundle(ResourceBundle.getBundle(name, locale, TextBundle.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] written = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new MessageFormat(pattern, locale).format(written);
    }

    /** A Paris date or time written with the pattern the bundle keeps under the key. */
    public String date(String patternKey, TemporalAccessor at) {
        return DateTimeFormatter.ofPattern(bundle.getString(patternKey), locale).withZone(Clocks.PARIS).format(at);
    }
}
