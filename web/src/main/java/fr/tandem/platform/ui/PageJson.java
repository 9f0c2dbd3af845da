package fr.tandem.platform.ui;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * The one place where JSON is written for a page: chart configurations, calendar events and texts
 * put into a script or an event handler. JSON is valid JavaScript, but a page reads it as HTML
 * first: a name holding {@code </script>} would close the inline script it is written in and open
 * the way to a script of its own. So, besides JSON's own escaping, the characters that mean
 * something to HTML or XML ({@code <}, {@code >}, {@code &}, and {@code '} for single-quoted
 * attributes) and the line and paragraph separators U+2028 and U+2029 (which end a string in older
 * JavaScript engines) are written as JSON's escapes of four hexadecimal digits (backslash, u,
 * {@code 003c} for {@code <}). They can only occur inside JSON strings,
 * where a parser or a script engine reads the escapes back as the very same characters: the text is
 * unchanged, only its spelling is. With {@code >} escaped, {@code ]]>} cannot end the CDATA section
 * an Ajax answer carries the text in either.
 */
public final class PageJson {

    /** Found once: each {@code Json.createX} call looks the provider up again through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private PageJson() {
    }

    /** A JSON value as text that may be written inside a {@code <script>}, an attribute or a CDATA section. */
    public static String of(JsonValue value) {
        return escape(value.toString());
    }

    /**
     * A text as a JSON (and JavaScript) string literal, quotes included, safe inside a script or an
     * event handler: {@code confirm(#{t:js(text)})}. {@code null} gives {@code null}.
     */
    public static String string(String text) {
        return text == null ? "null" : of(JSON.createValue(text));
    }

    /**
     * A JSON text made safe for a page: {@code <}, {@code >}, {@code &}, {@code '}, U+2028 and U+2029
     * written as JSON's four-digit escapes. Applied twice, it changes nothing more (the escapes hold none
     * of these characters); {@code null} stays {@code null}.
     */
    public static String escape(String json) {
        if (json == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String escaped = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\'' -> "\\u0027";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escaped != null && safe == null) {
                safe = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (safe != null) {
                if (escaped == null) {
                    safe.append(c);
                } else {
                    safe.append(escaped);
                }
            }
        }
        return safe == null ? json : safe.toString();
    }
}
