package fr.tandem.licence;

/** Who pays a licence: the city alone, or a grant for a share of it. */
public enum GrantSource {
    /** The city pays the whole price. */
    NONE,
    /** The Territoires Numériques Éducatifs programme. */
    TNE,
    /** Another grant (département, region, Europe…). */
    OTHER_GRANT
}
