package fr.tandem.licence.ui;

import fr.tandem.platform.ui.UiTexts;

/** The licence pages' own bundle ({@code i18n/licences}). */
final class LicenceTexts {

    static final UiTexts BUNDLE = new UiTexts("i18n.licences");

    private LicenceTexts() {
    }
}
