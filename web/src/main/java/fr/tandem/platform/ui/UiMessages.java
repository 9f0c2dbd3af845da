package fr.tandem.platform.ui;

import fr.tandem.platform.RuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;
import java.text.MessageFormat;

/** Puts messages on the page in the person's language: rule violations and labels of the UI bundle. */
public final class UiMessages {

    private UiMessages() {
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A label of the UI bundle, formatted with its arguments when it has some. */
    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("i18n.messages", locale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    public static void error(RuleViolation violation) {
        add(FacesMessage.SEVERITY_ERROR, violation.messageIn(locale()));
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    public static void errorText(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
