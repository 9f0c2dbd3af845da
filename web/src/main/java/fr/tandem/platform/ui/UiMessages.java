package fr.tandem.platform.ui;

import fr.tandem.platform.RuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.function.Supplier;

/** Puts messages on the page in the person's language: rule violations and labels of the shared UI bundle. */
public final class UiMessages {

    private static final UiTexts SHARED = new UiTexts("i18n.messages");

    private UiMessages() {
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A label of the shared UI bundle, formatted with its arguments when it has some. */
    public static String text(String key, Object... arguments) {
        return SHARED.text(key, arguments);
    }

    public static void error(RuleViolation violation) {
        UiTexts.show(FacesMessage.SEVERITY_ERROR, violation.messageIn(locale()));
    }

    /**
     * Runs what a person asked for; a rule it breaks is shown on the field it concerns (see
     * {@link FieldErrors}), or at the top of the page.
     *
     * @return whether the action ran through
     */
    public static boolean attempt(Runnable action, FieldErrors fields) {
        try {
            action.run();
            return true;
        } catch (RuleViolation refused) {
            fields.show(refused);
            return false;
        }
    }

    /**
     * Gives what the action returns, or {@code null} once the rule it broke is shown on the field it
     * concerns (see {@link FieldErrors}), or at the top of the page.
     */
    public static <T> T attemptOrNull(Supplier<T> action, FieldErrors fields) {
        try {
            return action.get();
        } catch (RuleViolation refused) {
            fields.show(refused);
            return null;
        }
    }

    /**
     * Runs what a person asked for; a rule it breaks ({@link RuleViolation}, and so {@code Conflict} or
     * {@code NotFound}) is put on the page as an error instead.
     *
     * @return whether the action ran through
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolation refused) {
            error(refused);
            return false;
        }
    }

    /**
     * Gives what the action returns (a result, a navigation outcome), or {@code null} once the rule it
     * broke is on the page as an error.
     */
    public static <T> T attemptOrNull(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuleViolation refused) {
            error(refused);
            return null;
        }
    }

    public static void info(String key, Object... arguments) {
        SHARED.info(key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        SHARED.warn(key, arguments);
    }

    public static void errorText(String key, Object... arguments) {
        SHARED.error(key, arguments);
    }
}
