package fr.tandem.platform;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A business rule refused an operation. Carries a message key and its arguments so that each
 * user reads the reason in their own language; never carries internals.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "fr.tandem.platform.Errors";

    private final String key;
    private final transient Object[] arguments;

    public RuleViolation(String key, Object... arguments) {
        super(key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The reason in the given language (French when the language is not supported). */
    public String messageIn(Locale locale) {
        return format(locale, key, arguments);
    }

    /**
     * Formats any key of the shared error bundle. An argument that is itself a rule violation
     * (the reason behind a reason) is written in the same language.
     */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, RuleViolation.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        Object[] translated = Arrays.stream(arguments)
                .map(argument -> argument instanceof RuleViolation reason ? reason.messageIn(locale) : argument)
                .toArray();
        return new MessageFormat(pattern, locale).format(translated);
    }
}
