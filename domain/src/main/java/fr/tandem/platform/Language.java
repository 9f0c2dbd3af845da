package fr.tandem.platform;

import java.util.Arrays;
import java.util.Locale;

/** A language Tandem speaks, to a person on their pages, in their mails and in their documents. */
public enum Language {
    FRENCH("fr", Locale.FRENCH),
    ENGLISH("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The language of a two-letter code ("fr", "en"); refuses any other. */
    public static Language of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst()
                .orElseThrow(() -> new RuleViolation("language.unknown", String.valueOf(code)));
    }

    /** The language of a locale: English for English, French for any other. */
    public static Language of(Locale locale) {
        return ENGLISH.code.equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }
}
