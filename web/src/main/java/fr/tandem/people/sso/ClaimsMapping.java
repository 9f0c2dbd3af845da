package fr.tandem.people.sso;

import fr.tandem.people.model.DirectoryPerson;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads a person out of the claims of a checked token, with the claim names of the settings: a
 * claim may be a string or an array (UAIs, groups), a number or a text (working time). Groups are
 * passed as the provider writes them (a Keycloak path {@code /ville/dsi-ville} is the role mapping's
 * business).
 */
public final class ClaimsMapping {

    private ClaimsMapping() {
    }

    public static DirectoryPerson person(Map<String, Object> claims, SsoSettings.ClaimNames names) {
        return new DirectoryPerson(text(claims.get(names.username())), text(claims.get(names.email())),
                text(claims.get(names.firstName())), text(claims.get(names.lastName())),
                texts(claims.get(names.uai())), text(claims.get(names.function())),
                new LinkedHashSet<>(texts(claims.get(names.groups()))),
                percent(claims.get(names.workingTime())));
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(ClaimsMapping::text).filter(t -> t != null).findFirst().orElse(null);
        }
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.stream().map(ClaimsMapping::text).filter(t -> t != null).forEach(texts::add);
        } else if (text(value) != null) {
            for (String part : text(value).split("[,;\\s]+")) {
                if (!part.isEmpty()) {
                    texts.add(part);
                }
            }
        }
        return texts;
    }

    /** A whole percentage, or null when absent or not a number (the directory then decides). */
    private static Integer percent(Object value) {
        if (value instanceof Number number) {
            return (int) Math.round(number.doubleValue());
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(text.replace(',', '.').replace("%", "").strip()));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
