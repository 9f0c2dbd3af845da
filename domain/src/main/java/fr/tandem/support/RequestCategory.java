package fr.tandem.support;

/** What a teacher's request is about; each category has its own service level. */
public enum RequestCategory {
    HARDWARE,
    SOFTWARE,
    /** A licence key, an account or an access missing. */
    LICENCE_ACCESS,
    /** The teacher needs training rather than a fix; it may be passed to the circonscription's inspector. */
    TRAINING_NEED,
    OTHER
}
