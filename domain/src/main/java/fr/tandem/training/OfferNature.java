package fr.tandem.training;

/**
 * The two halves of a teacher's 18 hours: animations pédagogiques and formation continue (at
 * least half of the hours must be formation continue).
 */
public enum OfferNature {
    ANIMATION_PEDAGOGIQUE,
    FORMATION_CONTINUE
}
