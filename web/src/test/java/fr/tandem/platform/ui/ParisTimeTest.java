package fr.tandem.platform.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One style of date per language, in Paris time whatever the server's zone. */
class ParisTimeTest {

    /** Thursday 14 January 2027, 09:00 in Paris (08:00 UTC). */
    private static final Instant NINE_IN_PARIS = Instant.parse("2027-01-14T08:00:00Z");

    private final ParisTime cut = new ParisTime();

    @Test
    void frenchPagesShowFrenchDates() {
        try (PageOfMessages page = new PageOfMessages(Locale.FRENCH)) {
            assertThat(cut.format(NINE_IN_PARIS), is("14 janv. 2027 à 09:00"));
            assertThat(cut.day(NINE_IN_PARIS), is("jeu. 14 janv. 2027 à 09:00"));
            assertThat(cut.time(NINE_IN_PARIS), is("09:00"));
            assertThat(cut.date(LocalDate.of(2027, 1, 14)), is("14/01/2027"));
        }
    }

    @Test
    void englishPagesShowBritishDatesWithA24HourClock() {
        try (PageOfMessages page = new PageOfMessages(Locale.ENGLISH)) {
            assertThat(cut.format(NINE_IN_PARIS), is("14 Jan 2027, 09:00"));
            assertThat(cut.day(NINE_IN_PARIS), is("Thu 14 Jan 2027, 09:00"));
            assertThat(cut.format(Instant.parse("2027-09-14T16:30:00Z")), is("14 Sept 2027, 18:30"));
            assertThat(cut.date(LocalDate.of(2027, 1, 14)), is("14/01/2027"));
            assertThat(cut.format(null), is(""));
        }
    }
}
