package fr.tandem.licence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the supplier renews the licence by itself or the city must decide. */
@Schema(description = "Whether the supplier renews the licence by itself (AUTOMATIC) or the city must decide "
        + "(MANUAL).")
public enum RenewalMode {
    MANUAL,
    AUTOMATIC
}
