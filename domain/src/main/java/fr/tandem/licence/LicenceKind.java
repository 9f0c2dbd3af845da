package fr.tandem.licence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a licence counts its seats. */
@Schema(description = "How a licence counts its seats: PER_SEAT a number of seats assigned to schools, classes, "
        + "teachers or devices; SITE unlimited use within one school; UNLIMITED unlimited use by any school.")
public enum LicenceKind {
    /** A number of seats, assigned to schools, classes or teachers. */
    PER_SEAT,
    /** Unlimited use within one school. */
    SITE,
    /** Unlimited use by any school. */
    UNLIMITED
}
