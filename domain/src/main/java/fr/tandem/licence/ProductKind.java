package fr.tandem.licence;

/** What the city buys a licence for. */
public enum ProductKind {
    /** A program (for the interactive screens, the tablets, a webradio tool). */
    SOFTWARE,
    /** A digital educational resource, often distributed through the GAR. */
    RESOURCE
}
