package fr.tandem.plan;

/** What a plan line buys or organises. */
public enum PlanLineKind {
    /** Items of one equipment type (screens, tablets, webradio kits…). */
    EQUIPMENT,
    /** Software or resource licences. */
    LICENCE,
    /** Teacher training on a theme (often the equipment the plan brings). */
    TRAINING
}
