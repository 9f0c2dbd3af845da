package fr.tandem.equipment.ui;

import fr.tandem.platform.ui.UiTexts;

/** The loan pages' own bundle ({@code i18n/loans}). */
final class LoanTexts {

    static final UiTexts BUNDLE = new UiTexts("i18n.loans");

    private LoanTexts() {
    }
}
