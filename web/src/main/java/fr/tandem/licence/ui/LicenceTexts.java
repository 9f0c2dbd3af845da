package fr.tandem.licence.ui;

import fr.tandem.platform.ui.UiMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages of the licence pages, from the licence bundle, in the person's language. */
final class LicenceTexts {

    private LicenceTexts() {
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("i18n.licences", UiMessages.locale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, UiMessages.locale()).format(arguments);
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
