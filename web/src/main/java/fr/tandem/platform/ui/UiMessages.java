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

    /** A label of the UI bundle, formatted with its arguments. */
    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale());
        return new MessageFormat(bundle.getString(key), locale()).format(arguments);
    }

    public static void error(RuleViolation violation) {
        add(FacesMessage.SEVERITY_ERROR, violation.messageIn(locale()));
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
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
