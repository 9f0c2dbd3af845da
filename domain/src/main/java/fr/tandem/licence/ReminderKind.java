package fr.tandem.licence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why city staff are alerted about a licence. */
@Schema(description = "Why city staff are alerted about a licence: EXPIRY it ends within a stage's days, "
        + "LOW_SEATS its free seats fell below its threshold.")
public enum ReminderKind {
    /** The licence ends in a number of days (a stage). */
    EXPIRY,
    /** Free seats fell below the licence's threshold. */
    LOW_SEATS
}
