package fr.tandem.equipment.ui;

import fr.tandem.platform.ui.UiTexts;

/** The equipment pages' own bundle ({@code i18n/equipment}). */
final class EquipmentTexts {

    static final UiTexts BUNDLE = new UiTexts("i18n.equipment");

    private EquipmentTexts() {
    }
}
