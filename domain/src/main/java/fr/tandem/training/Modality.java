package fr.tandem.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an offer is followed: in a place, at a distance (m@gistère, video), or both. */
@Schema(description = "How an offer is followed: in a place, at a distance, or both (HYBRIDE).")
public enum Modality {
    PRESENTIEL,
    DISTANCE,
    HYBRIDE
}
