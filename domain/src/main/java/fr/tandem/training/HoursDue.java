package fr.tandem.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The training minutes a teacher owes in a school year and where the figure comes from: the 18 hours
 * pro rata of the quotité ({@code PRORATA}, also when a table has no row for that quotité:
 * {@code PRORATA_FALLBACK}), the circonscription's table ({@code TABLE}), or the figure a closed year
 * froze ({@code FROZEN}); and the name of the circonscription whose rule applied (null: none).
 */
public record HoursDue(int percent, int minutes, Source source, String circonscription) {

    /** Where the minutes due come from. */
    @Schema(name = "HoursDueSource", description = "Where the hours due come from: PRORATA (18 h × quotité), PRORATA_FALLBACK (the table has no row for "
                + "the quotité), TABLE (the circonscription's table), FROZEN (a closed year).")
    public enum Source {
        PRORATA, PRORATA_FALLBACK, TABLE, FROZEN
    }

    /** 18 hours × quotité, rounded to the half hour. */
    public static HoursDue prorata(int percent) {
        return new HoursDue(percent, SchoolYear.minutesDue(percent), Source.PRORATA, null);
    }

    /** What a closed year froze. */
    public static HoursDue frozen(int percent, int minutes) {
        return new HoursDue(percent, minutes, Source.FROZEN, null);
    }

    /**
     * The rule of a circonscription (its name) applied to a quotité: its table's row when it has one,
     * else pro rata.
     */
    public static HoursDue of(HoursDuePolicy policy, HoursDueTable table, int percent, String circonscription) {
        int prorata = SchoolYear.minutesDue(percent);
        if (policy != HoursDuePolicy.TABLE) {
            return new HoursDue(percent, prorata, Source.PRORATA, circonscription);
        }
        return table.minutesFor(percent).map(minutes -> new HoursDue(percent, minutes, Source.TABLE, circonscription))
                .orElseGet(() -> new HoursDue(percent, prorata, Source.PRORATA_FALLBACK, circonscription));
    }
}
