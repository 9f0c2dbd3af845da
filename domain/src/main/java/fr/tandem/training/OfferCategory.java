package fr.tandem.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who an offer is for: the whole département, every teacher of a target public of the circonscription, or volunteers. */
@Schema(description = "Who an offer is for: DEPARTEMENTALE the whole département, OBLIGATOIRE_CIRCONSCRIPTION a target "
                + "public of the circonscription (designated), OPTIONNELLE volunteers.")
public enum OfferCategory {
    DEPARTEMENTALE,
    OBLIGATOIRE_CIRCONSCRIPTION,
    OPTIONNELLE
}
