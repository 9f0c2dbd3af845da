package fr.tandem.support.ui;

import fr.tandem.platform.ui.UiTexts;

/** The support pages' own bundle ({@code i18n/support}). */
final class SupportTexts {

    static final UiTexts BUNDLE = new UiTexts("i18n.support");

    private SupportTexts() {
    }
}
