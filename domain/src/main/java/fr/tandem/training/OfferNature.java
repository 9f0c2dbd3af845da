package fr.tandem.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The two halves of a teacher's 18 hours: animations pédagogiques and formation continue (at
 * least half of the hours must be formation continue).
 */
@Schema(description = "The two halves of a teacher's 18 hours (at least half must be formation continue).")
public enum OfferNature {
    ANIMATION_PEDAGOGIQUE,
    FORMATION_CONTINUE
}
