package fr.tandem.support;

/** What a line of a request's thread records. */
public enum MessageEvent {
    CREATED,
    COMMENT,
    STATUS,
    /** Given to a staff member (the line's body is their name). */
    ASSIGNED,
    /** An item of equipment was linked (the line's body is its serial number). */
    EQUIPMENT,
    /** Passed to the circonscription's inspector. */
    REFERRED
}
