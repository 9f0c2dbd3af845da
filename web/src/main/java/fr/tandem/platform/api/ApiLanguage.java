package fr.tandem.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of API messages: English when the client prefers it, French otherwise. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                if ("en".equals(wanted.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("fr".equals(wanted.getLanguage())) {
                    return Locale.FRENCH;
                }
            }
        }
        return Locale.FRENCH;
    }
}
