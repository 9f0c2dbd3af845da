package fr.tandem.equipment.ui;

import fr.tandem.platform.ui.UiMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages of the equipment bundle ({@code i18n/equipment}) put on the page in the person's language. */
final class EquipmentTexts {

    private EquipmentTexts() {
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("i18n.equipment", UiMessages.locale()).getString(key);
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

    /** The address of the report page of this application, waiting for an item's id (for QR codes). */
    static String reportBaseUrl() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String port = ("http".equals(external.getRequestScheme()) && external.getRequestServerPort() == 80)
                || ("https".equals(external.getRequestScheme()) && external.getRequestServerPort() == 443)
                ? "" : ":" + external.getRequestServerPort();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + port
                + external.getRequestContextPath() + "/support/new.xhtml?equipment=";
    }
}
