package fr.tandem.support.ui;

import fr.tandem.platform.ui.UiMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages of the support bundle ({@code i18n/support}) put on the page in the person's language. */
final class SupportTexts {

    private SupportTexts() {
    }

    static void info(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("i18n.support", UiMessages.locale()).getString(key);
        String text = arguments.length == 0 ? pattern : new MessageFormat(pattern, UiMessages.locale()).format(arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
