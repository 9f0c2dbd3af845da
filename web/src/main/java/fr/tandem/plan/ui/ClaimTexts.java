package fr.tandem.plan.ui;

import fr.tandem.platform.ui.UiTexts;

/** The grant claims pages' own bundle ({@code i18n/claim}). */
final class ClaimTexts {

    static final UiTexts BUNDLE = new UiTexts("i18n.claim");

    private ClaimTexts() {
    }
}
