package fr.tandem.platform.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The labels of one UI bundle (the shared one, or a module's own) in the page's language, and
 * messages put on the page from them; they survive a redirect.
 */
public final class UiTexts {

    private final String bundle;

    public UiTexts(String bundle) {
        this.bundle = bundle;
    }

    /** A label, formatted with its arguments when it has some (then apostrophes are doubled in the bundle). */
    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(bundle, UiMessages.locale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, UiMessages.locale()).format(arguments);
    }

    public void info(String key, Object... arguments) {
        show(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void warn(String key, Object... arguments) {
        show(FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        show(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** An error on one field of the form, given by its client id (see {@link FieldErrors#on}). */
    public void errorOn(String clientId, String key, Object... arguments) {
        FieldErrors.on(clientId, text(key, arguments));
    }

    /** Puts a text already in the page's language on the page. */
    static void show(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
