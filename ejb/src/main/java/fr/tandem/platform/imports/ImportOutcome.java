package fr.tandem.platform.imports;

/** What an import did with one line of the file. */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    SKIPPED
}
