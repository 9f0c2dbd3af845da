package fr.tandem.training;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.Uai;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoursDueTest {

    private static final HoursDueTable TABLE = HoursDueTable.of(List.of(new HoursDueTable.Row(75, 900),
            new HoursDueTable.Row(50, 540)));

    @Test
    void proRataIsEighteenHoursTimesTheQuotiteRoundedToTheHalfHour() {
        assertThat(HoursDue.prorata(100).minutes(), is(1080));
        assertThat(HoursDue.prorata(75).minutes(), is(810));
        assertThat(HoursDue.prorata(50).minutes(), is(540));
        // 18 h × 80 % = 14 h 24 → 14 h 30; 18 h × 60 % = 10 h 48 → 11 h; 18 h × 10 % = 1 h 48 → 2 h
        assertThat(HoursDue.prorata(80).minutes(), is(870));
        assertThat(HoursDue.prorata(60).minutes(), is(660));
        assertThat(HoursDue.prorata(10).minutes(), is(120));
        assertThat(HoursDue.prorata(75).source(), is(HoursDue.Source.PRORATA));
    }

    @Test
    void theTableGivesItsRowAndFallsBackToProRataForAQuotiteItLacks() {
        HoursDue listed = HoursDue.of(HoursDuePolicy.TABLE, TABLE, 75, "Béziers");
        assertThat(listed.minutes(), is(900));
        assertThat(listed.source(), is(HoursDue.Source.TABLE));
        assertThat(listed.circonscription(), is("Béziers"));
        HoursDue missing = HoursDue.of(HoursDuePolicy.TABLE, TABLE, 80, "Béziers");
        assertThat(missing.minutes(), is(870));
        assertThat(missing.source(), is(HoursDue.Source.PRORATA_FALLBACK));
    }

    @Test
    void proRataPolicyIgnoresTheTable() {
        HoursDue cut = HoursDue.of(HoursDuePolicy.PRORATA, TABLE, 75, "Béziers");
        assertThat(cut.minutes(), is(810));
        assertThat(cut.source(), is(HoursDue.Source.PRORATA));
    }

    @Test
    void aTableIsStoredAsTextAndReadBack() {
        assertThat(TABLE.format(), is("50=540;75=900"));
        assertThat(HoursDueTable.parse(TABLE.format()), is(TABLE));
        assertThat(HoursDueTable.parse(null).isEmpty(), is(true));
    }

    @Test
    void aTableRefusesAQuotiteTwiceOutOfRangeAndMoreThanEighteenHours() {
        assertThat(assertThrows(RuleViolation.class, () -> HoursDueTable.of(List.of(new HoursDueTable.Row(75, 900),
                new HoursDueTable.Row(75, 810)))).key(), is("hoursDue.table.duplicate"));
        assertThat(assertThrows(RuleViolation.class, () -> HoursDueTable.of(List.of(new HoursDueTable.Row(101, 900))))
                .key(), is("hoursDue.table.percent"));
        assertThat(assertThrows(RuleViolation.class, () -> HoursDueTable.of(List.of(new HoursDueTable.Row(-1, 900))))
                .key(), is("hoursDue.table.percent"));
        assertThat(assertThrows(RuleViolation.class, () -> HoursDueTable.of(List.of(new HoursDueTable.Row(50, 1081))))
                .key(), is("hoursDue.table.minutes"));
        assertThat(assertThrows(RuleViolation.class, () -> HoursDueTable.of(List.of(new HoursDueTable.Row(50, null))))
                .key(), is("hoursDue.table.minutes"));
    }

    @Test
    void theTablePolicyNeedsARow() {
        CirconscriptionHoursSettings cut = new CirconscriptionHoursSettings(
                new Circonscription(Uai.of("0940927X"), "Béziers"));
        assertThat(assertThrows(RuleViolation.class, () -> cut.countHoursDue(HoursDuePolicy.TABLE, HoursDueTable.EMPTY))
                .key(), is("hoursDue.table.empty"));
        cut.countHoursDue(HoursDuePolicy.TABLE, TABLE);
        assertThat(cut.due(50).minutes(), is(540));
        assertThat(cut.due(75).minutes(), is(900));
    }
}
