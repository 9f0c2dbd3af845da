package fr.tandem.licence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who pays a licence: the city alone, or a grant for a share of it. */
@Schema(description = "Who pays a share of a licence: NONE the city alone, TNE the Territoires Numériques "
        + "Éducatifs programme, OTHER_GRANT another grant (département, region, Europe…).")
public enum GrantSource {
    /** The city pays the whole price. */
    NONE,
    /** The Territoires Numériques Éducatifs programme. */
    TNE,
    /** Another grant (département, region, Europe…). */
    OTHER_GRANT
}
