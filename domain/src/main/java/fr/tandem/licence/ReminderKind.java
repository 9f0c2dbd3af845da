package fr.tandem.licence;

/** Why city staff are alerted about a licence. */
public enum ReminderKind {
    /** The licence ends in a number of days (a stage). */
    EXPIRY,
    /** Free seats fell below the licence's threshold. */
    LOW_SEATS
}
