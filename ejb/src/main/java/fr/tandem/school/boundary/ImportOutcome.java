package fr.tandem.school.boundary;

/** What an import did with one line of the file. */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    SKIPPED
}
