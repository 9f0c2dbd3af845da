package fr.tandem.training;

/** Who an offer is for: the whole département, every teacher of a target public of the circonscription, or volunteers. */
public enum OfferCategory {
    DEPARTEMENTALE,
    OBLIGATOIRE_CIRCONSCRIPTION,
    OPTIONNELLE
}
