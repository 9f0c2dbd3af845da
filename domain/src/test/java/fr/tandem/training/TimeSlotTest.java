package fr.tandem.training;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeSlotTest {

    private static final Instant NINE = Instant.parse("2027-01-13T08:00:00Z");

    private static TimeSlot hours(Instant start, long hours) {
        return new TimeSlot(start, start.plus(Duration.ofHours(hours)));
    }

    @Test
    void aSlotNeedsBothBoundsAndEndsAfterItStarts() {
        assertThat(assertThrows(RuleViolation.class, () -> new TimeSlot(null, NINE)).key(), is("session.time.required"));
        assertThat(assertThrows(RuleViolation.class, () -> new TimeSlot(NINE, null)).key(), is("session.time.required"));
        assertThat(assertThrows(RuleViolation.class, () -> new TimeSlot(NINE, NINE)).key(), is("session.time.order"));
        assertThat(assertThrows(RuleViolation.class, () -> new TimeSlot(NINE, NINE.minusSeconds(1))).key(),
                is("session.time.order"));
        assertThat(new TimeSlot(NINE, NINE.plusSeconds(1)).length(), is(Duration.ofSeconds(1)));
    }

    @Test
    void aSessionLastsTwelveHoursAtMostAndSaysSoInBothLanguages() {
        assertThat(TimeSlot.ofSession(NINE, NINE.plus(Duration.ofHours(12))).length(), is(Duration.ofHours(12)));
        RuleViolation tooLong = assertThrows(RuleViolation.class,
                () -> TimeSlot.ofSession(NINE, NINE.plus(Duration.ofHours(12)).plusSeconds(1)));
        assertThat(tooLong.key(), is("session.time.tooLong"));
        assertThat(tooLong.messageIn(Locale.FRENCH), is("Une session dure au plus 12 heures."));
        assertThat(assertThrows(RuleViolation.class, () -> TimeSlot.ofSession(NINE, NINE)).key(),
                is("session.time.order"));
    }

    @Test
    void slotsThatOnlyTouchDoNotOverlap() {
        TimeSlot morning = hours(NINE, 3);
        assertThat(morning.overlaps(hours(NINE.plus(Duration.ofHours(3)), 2)), is(false));
        assertThat(hours(NINE.minus(Duration.ofHours(2)), 2).overlaps(morning), is(false));
        assertThat(morning.overlaps(hours(NINE.plus(Duration.ofHours(3)).minusSeconds(1), 2)), is(true));
        assertThat(morning.overlaps(hours(NINE.minus(Duration.ofHours(1)), 5)), is(true));
        assertThat(morning.overlaps(new TimeSlot(NINE.plusSeconds(60), NINE.plusSeconds(120))), is(true));
        assertThat(morning.overlaps(morning), is(true));
    }

    @Test
    void equalByValue() {
        assertThat(hours(NINE, 3), is(new TimeSlot(NINE, Instant.parse("2027-01-13T11:00:00Z"))));
        assertThat(hours(NINE, 3).equals(hours(NINE, 2)), is(false));
    }

    @Test
    void daysAreThoseOfParisAcrossMidnightAndTheClockChanges() {
        // 23:30 UTC on 12 January is 00:30 on the 13th in Paris (winter, UTC+1)
        assertThat(hours(Instant.parse("2027-01-12T23:30:00Z"), 1).day(), is(LocalDate.of(2027, 1, 13)));
        // summer (UTC+2): 22:30 UTC on 27 June is 00:30 on the 28th
        assertThat(hours(Instant.parse("2027-06-27T22:30:00Z"), 1).day(), is(LocalDate.of(2027, 6, 28)));
        // the night the clocks go forward (28 March 2027) lasts an hour less: 01:00 to 04:00 Paris is two hours
        TimeSlot springNight = new TimeSlot(Instant.parse("2027-03-28T00:00:00Z"), Instant.parse("2027-03-28T02:00:00Z"));
        assertThat(springNight.day(), is(LocalDate.of(2027, 3, 28)));
        // the night they go back (31 October 2027): 22:59 UTC on the 30th is still the 31st in Paris
        assertThat(hours(Instant.parse("2027-10-30T22:59:00Z"), 1).day(), is(LocalDate.of(2027, 10, 31)));
        assertThat(hours(Instant.parse("2027-10-31T23:00:00Z"), 1).day(), is(LocalDate.of(2027, 11, 1)));
    }

    @Test
    void aSlotStartsAfterTheDayOfAnInstantOfAnEarlierParisDay() {
        TimeSlot morning = hours(NINE, 3); // 09:00 Paris on 13 January
        assertThat(morning.startsAfterTheDayOf(Instant.parse("2027-01-12T22:59:59Z")), is(true));
        assertThat(morning.startsAfterTheDayOf(Instant.parse("2027-01-12T23:00:00Z")), is(false));
        assertThat(morning.startsAfterTheDayOf(NINE.plus(Duration.ofDays(1))), is(false));
    }
}
