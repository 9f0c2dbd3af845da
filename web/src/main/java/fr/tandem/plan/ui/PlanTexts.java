package fr.tandem.plan.ui;

import fr.tandem.platform.ui.UiTexts;

/** The plan pages' own bundle ({@code i18n/plan}). */
final class PlanTexts {

    static final UiTexts BUNDLE = new UiTexts("i18n.plan");

    private PlanTexts() {
    }
}
