package fr.tandem.platform.api.contract;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * The error catalogue of the document: every {@code code} a problem may carry, with its English message, read from
 * the messages the application itself answers ({@code fr.tandem.platform.Errors}), so that it cannot go stale.
 */
final class ErrorCatalogue {

    static final String BUNDLE = "fr.tandem.platform.Errors";

    private ErrorCatalogue() {
    }

    static String markdown() {
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, ErrorCatalogue.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder table = new StringBuilder("## Error catalogue\n\n"
                + "The `code` of a problem is one of these keys; `{0}`, `{1}`… stand for the values the message "
                + "quotes. The French messages say the same.\n\n| code | message |\n|---|---|\n");
        for (String key : new TreeSet<>(english.keySet())) {
            if (isFragment(english.getString(key))) {
                continue;
            }
            table.append("| `").append(key).append("` | ").append(cell(english.getString(key))).append(" |\n");
        }
        return table.toString().strip();
    }

    /** Words that other messages quote (a status, an action: "resolved", "assign"), not a problem's message. */
    static boolean isFragment(String message) {
        return !message.isEmpty() && Character.isLowerCase(message.charAt(0));
    }

    /** A message as a Markdown table cell: quotes of MessageFormat undone, pipes escaped, on one line. */
    private static String cell(String message) {
        return message.replace("''", "'").replace("|", "\\|").replace('\n', ' ').strip();
    }
}
