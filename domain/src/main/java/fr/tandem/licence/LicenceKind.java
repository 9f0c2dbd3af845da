package fr.tandem.licence;

/** How a licence counts its seats. */
public enum LicenceKind {
    /** A number of seats, assigned to schools, classes or teachers. */
    PER_SEAT,
    /** Unlimited use within one school. */
    SITE,
    /** Unlimited use by any school. */
    UNLIMITED
}
