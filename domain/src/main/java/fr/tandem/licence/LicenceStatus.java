package fr.tandem.licence;

/** Where a licence stands; only an active licence takes assignments and reminders. */
public enum LicenceStatus {
    ACTIVE,
    /** The next period's licence was created from this one. */
    RENEWED,
    CANCELLED
}
