package fr.tandem.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where hours done outside Tandem were done: m@gistère, a constellation, an académie course, or elsewhere. */
@Schema(description = "Where hours done outside Tandem were done: m@gistère, a constellation, an académie course, or "
                + "elsewhere.")
public enum OutsideProvider {
    MAGISTERE, CONSTELLATION, ACADEMIE, OTHER
}
