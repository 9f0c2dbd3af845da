package fr.tandem.training;

/** How an offer is followed: in a place, at a distance (m@gistère, video), or both. */
public enum Modality {
    PRESENTIEL,
    DISTANCE,
    HYBRIDE
}
