package fr.tandem.equipment.ui;

import fr.tandem.platform.ui.UiTexts;
import jakarta.faces.context.FacesContext;

/** The equipment pages' own bundle ({@code i18n/equipment}), and the address QR codes point to. */
final class EquipmentTexts {

    static final UiTexts BUNDLE = new UiTexts("i18n.equipment");

    private EquipmentTexts() {
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
