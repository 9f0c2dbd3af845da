package fr.tandem.training;

/** Where hours done outside Tandem were done: m@gistère, a constellation, an académie course, or elsewhere. */
public enum OutsideProvider {
    MAGISTERE, CONSTELLATION, ACADEMIE, OTHER
}
