package fr.tandem.school.calendar;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SchoolHolidayCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String HEADER = "Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire\n";
    private static final SchoolHolidayPeriod TOUSSAINT = new SchoolHolidayPeriod("Vacances de la Toussaint", "Zone C",
            LocalDate.of(2025, 10, 18), LocalDate.of(2025, 11, 3));
    private static final SchoolHolidayPeriod NOEL = new SchoolHolidayPeriod("Vacances de Noël", "Zone C",
            LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 5));
    private static final SchoolHolidayPeriod HIVER = new SchoolHolidayPeriod("Vacances d'Hiver", "Zone C",
            LocalDate.of(2026, 2, 21), LocalDate.of(2026, 3, 9));
    private static final SchoolHolidayPeriod ASCENSION = new SchoolHolidayPeriod("Pont de l'Ascension", "Zone C",
            LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 18));

    private static byte[] resource(String name) {
        try (InputStream in = SchoolHolidayCalendarTest.class.getResourceAsStream("/calendar/" + name)) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    private static RuleViolation refused(Executable parse) {
        return assertThrows(RuleViolation.class, parse);
    }

    @Test
    void readsThePupilsPeriodsOfOneZoneFromTheMinistryCsvOncePerPeriod() {
        SchoolHolidayCalendar cut = SchoolHolidayCalendar.parseCsv(resource("fr-en-calendrier-scolaire.csv"), "Zone C");
        assertThat(cut.periods(), contains(TOUSSAINT, NOEL, HIVER, ASCENSION));
    }

    @Test
    void readsTheSamePeriodsFromTheMinistryICalendarFeed() {
        SchoolHolidayCalendar cut = SchoolHolidayCalendar.parseICalendar(resource("Zone-C.ics"));
        assertThat(cut.periods(), is(SchoolHolidayCalendar.parseCsv(resource("fr-en-calendrier-scolaire.csv"),
                "Zone C").periods()));
    }

    @Test
    void keepsOnlyTheRequestedZone() {
        SchoolHolidayCalendar cut = SchoolHolidayCalendar.parseCsv(resource("fr-en-calendrier-scolaire.csv"), "zone a");
        assertThat(cut.periods(), contains(
                new SchoolHolidayPeriod("Vacances de la Toussaint", "Zone A", LocalDate.of(2025, 10, 18),
                        LocalDate.of(2025, 11, 3)),
                new SchoolHolidayPeriod("Vacances de Noël", "Zone A", LocalDate.of(2025, 12, 20),
                        LocalDate.of(2026, 1, 5)),
                new SchoolHolidayPeriod("Vacances d'Hiver", "Zone A", LocalDate.of(2026, 2, 7),
                        LocalDate.of(2026, 2, 23)),
                new SchoolHolidayPeriod("Pont de l'Ascension", "Zone A", LocalDate.of(2026, 5, 14),
                        LocalDate.of(2026, 5, 18))));
        assertThat(SchoolHolidayCalendar.parseCsv(resource("fr-en-calendrier-scolaire.csv"), "Zone B")
                .periodOn(LocalDate.of(2026, 2, 27)).map(SchoolHolidayPeriod::description),
                is(Optional.of("Vacances d'Hiver")));
    }

    @Test
    void holidaysStartAfterClassAndEndTheMorningClassesResume() {
        SchoolHolidayCalendar cut = SchoolHolidayCalendar.parseCsv(resource("fr-en-calendrier-scolaire.csv"), "Zone C");
        assertThat(cut.overlapping(paris("2025-10-22T09:00"), paris("2025-10-22T12:00")), is(Optional.of(TOUSSAINT)));
        assertThat(cut.overlapping(paris("2025-10-17T14:00"), paris("2025-10-17T17:00")), is(Optional.empty()));
        assertThat(cut.overlapping(paris("2025-11-03T09:00"), paris("2025-11-03T12:00")), is(Optional.empty()));
        assertThat(cut.overlapping(paris("2025-10-18T09:00"), paris("2025-10-18T12:00")), is(Optional.of(TOUSSAINT)));
        assertThat(cut.overlapping(paris("2026-01-05T09:00"), paris("2026-01-05T12:00")), is(Optional.empty()));
        assertThat(cut.overlapping(paris("2026-01-04T14:00"), paris("2026-01-04T17:00")), is(Optional.of(NOEL)));
    }

    @Test
    void aPeriodCoversItsDaysWithoutClass() {
        assertThat(TOUSSAINT.covers(LocalDate.of(2025, 10, 17)), is(false));
        assertThat(TOUSSAINT.covers(LocalDate.of(2025, 10, 18)), is(true));
        assertThat(TOUSSAINT.covers(LocalDate.of(2025, 11, 2)), is(true));
        assertThat(TOUSSAINT.covers(LocalDate.of(2025, 11, 3)), is(false));
        assertThat(ASCENSION.covers(LocalDate.of(2026, 5, 15)), is(true));
    }

    @Test
    void theEndOfSummerTimeInsideTheToussaintShiftsNoDay() {
        SchoolHolidayCalendar cut = SchoolHolidayCalendar.parseCsv(resource("fr-en-calendrier-scolaire.csv"), "Zone C");
        assertThat(cut.periodOn(LocalDate.of(2025, 10, 26)), is(Optional.of(TOUSSAINT)));
        assertThat(cut.periodOn(LocalDate.of(2025, 11, 2)), is(Optional.of(TOUSSAINT)));
        assertThat(cut.periodOn(LocalDate.of(2025, 11, 3)), is(Optional.empty()));
        // 00:30 in Paris on Saturday 18 October (summer time) is still Friday 17 in UTC
        assertThat(cut.overlapping(paris("2025-10-18T00:30"), paris("2025-10-18T02:00")), is(Optional.of(TOUSSAINT)));
        assertThat(cut.overlapping(paris("2025-10-17T22:00"), paris("2025-10-18T00:00")), is(Optional.empty()));
        // 00:30 in Paris on Monday 3 November (winter time) is still Sunday 2 in UTC
        assertThat(cut.overlapping(paris("2025-11-03T00:30"), paris("2025-11-03T02:00")), is(Optional.empty()));
        assertThat(cut.overlapping(paris("2025-10-26T01:30"), paris("2025-10-26T03:30")), is(Optional.of(TOUSSAINT)));
    }

    @Test
    void iCalendarDateTimesFollowTheEveningRuleInParis() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                DTSTART:20251017T220000Z
                DTEND:20251102T230000Z
                SUMMARY:Vacances de la Toussaint - Zone C
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;TZID=Europe/Paris:20251219T163000
                DTEND;TZID="Europe/Paris":20260105T083000
                SUMMARY:Vacances de Noël - Zone C
                END:VEVENT
                END:VCALENDAR
                """;
        SchoolHolidayCalendar cut = SchoolHolidayCalendar.parseICalendar(utf8(ics));
        assertThat(cut.periods(), contains(TOUSSAINT, NOEL));
    }

    @Test
    void csvDatesWrittenInParisTimeGiveTheSameDays() {
        String csv = HEADER
                + "Vacances de la Toussaint;-;2025-10-18T00:00:00+02:00;2025-11-03T00:00:00+01:00;Montpellier;Zone C;2025-2026\n"
                + "Vacances de Noël;-;2025-12-19T16:30:00+01:00;2026-01-04T23:00:00+01:00;Montpellier;Zone C;2025-2026\n";
        assertThat(SchoolHolidayCalendar.parseCsv(utf8(csv), "Zone C").periods(), contains(TOUSSAINT, NOEL));
    }

    @Test
    void toleratesOtherColumnOrdersAndExtraColumnsAndLatin1() {
        String csv = "zones;annee_scolaire;description;start_date;end_date;population;location;extra\r\n"
                + "Zone C;2025-2026;Vacances de Noël;2025-12-19T23:00:00+00:00;2026-01-04T23:00:00+00:00;Élèves;Paris;x\r\n";
        assertThat(SchoolHolidayCalendar.parseCsv(csv.getBytes(StandardCharsets.ISO_8859_1), "Zone C").periods(),
                contains(NOEL));
    }

    @Test
    void aCalendarOfStoredPeriodsKeepsThemOnceInChronologicalOrder() {
        SchoolHolidayCalendar cut = SchoolHolidayCalendar.of(List.of(NOEL, TOUSSAINT, NOEL));
        assertThat(cut.periods(), contains(TOUSSAINT, NOEL));
    }

    @Test
    void refusesWhatIsNotTheMinistryCsv() {
        assertThat(refused(() -> SchoolHolidayCalendar.parseCsv(utf8("nom;prénom\nDupont;Léa\n"), "Zone C")).key(),
                is("holidays.csv.structure"));
        assertThat(refused(() -> SchoolHolidayCalendar.parseCsv(new byte[0], "Zone C")).key(),
                is("holidays.csv.structure"));
        assertThat(refused(() -> SchoolHolidayCalendar.parseCsv(resource("Zone-C.ics"), "Zone C")).key(),
                is("holidays.csv.structure"));
        RuleViolation badDate = refused(() -> SchoolHolidayCalendar.parseCsv(utf8(HEADER
                + "Vacances de Noël;-;20/12/2025;05/01/2026;Paris;Zone C;2025-2026\n"), "Zone C"));
        assertThat(badDate.key(), is("holidays.csv.structure"));
        assertThat(badDate.arguments(), is(new Object[] {2}));
        assertThat(refused(() -> SchoolHolidayCalendar.parseCsv(utf8(HEADER + "Vacances de Noël;-\n"), "Zone C")).key(),
                is("holidays.csv.structure"));
    }

    @Test
    void refusesWhatIsNotAnICalendar() {
        assertThat(refused(() -> SchoolHolidayCalendar.parseICalendar(resource("fr-en-calendrier-scolaire.csv"))).key(),
                is("holidays.ics.structure"));
        assertThat(refused(() -> SchoolHolidayCalendar.parseICalendar(utf8("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
                + "DTSTART;VALUE=DATE:20251018\nEND:VCALENDAR\n"))).key(), is("holidays.ics.structure"));
        assertThat(refused(() -> SchoolHolidayCalendar.parseICalendar(utf8("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
                + "DTEND;VALUE=DATE:20251103\nSUMMARY:Vacances\nEND:VEVENT\nEND:VCALENDAR\n"))).key(),
                is("holidays.ics.structure"));
        assertThat(refused(() -> SchoolHolidayCalendar.parseICalendar(utf8("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
                + "DTSTART;VALUE=DATE:18/10/2025\nDTEND;VALUE=DATE:20251103\nEND:VEVENT\nEND:VCALENDAR\n"))).key(),
                is("holidays.ics.structure"));
    }

    @Test
    void refusesAFileWithoutAPeriodForTheZone() {
        assertThat(refused(() -> SchoolHolidayCalendar.parseCsv(resource("fr-en-calendrier-scolaire.csv"), "Zone D"))
                .key(), is("holidays.empty"));
        assertThat(refused(() -> SchoolHolidayCalendar.parseCsv(utf8(HEADER), "Zone C")).key(), is("holidays.empty"));
        assertThat(refused(() -> SchoolHolidayCalendar.parseICalendar(utf8("BEGIN:VCALENDAR\nVERSION:2.0\n"
                + "END:VCALENDAR\n"))).key(), is("holidays.empty"));
    }

    @Test
    void refusesAPeriodEndingBeforeItStarts() {
        RuleViolation csv = refused(() -> SchoolHolidayCalendar.parseCsv(utf8(HEADER
                + "Vacances de Noël;-;2026-01-04T23:00:00+00:00;2025-12-19T23:00:00+00:00;Paris;Zone C;2025-2026\n"),
                "Zone C"));
        assertThat(csv.key(), is("holidays.period.invalid"));
        assertThat(csv.arguments(), is(new Object[] {"Vacances de Noël"}));
        RuleViolation ics = refused(() -> SchoolHolidayCalendar.parseICalendar(utf8("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
                + "DTSTART;VALUE=DATE:20251103\nDTEND;VALUE=DATE:20251018\nSUMMARY:Vacances de la Toussaint - Zone C\n"
                + "END:VEVENT\nEND:VCALENDAR\n")));
        assertThat(ics.key(), is("holidays.period.invalid"));
        assertThat(ics.arguments(), is(new Object[] {"Vacances de la Toussaint"}));
    }

    @Test
    void everyRefusalReadsInFrenchAndEnglish() {
        for (RuleViolation refusal : List.of(new RuleViolation("holidays.csv.structure", 3),
                new RuleViolation("holidays.ics.structure"), new RuleViolation("holidays.empty"),
                new RuleViolation("holidays.period.invalid", "Vacances de Noël"))) {
            assertThat(refusal.messageIn(Locale.FRENCH), not(is(refusal.key())));
            assertThat(refusal.messageIn(Locale.ENGLISH), not(is(refusal.key())));
            assertThat(refusal.messageIn(Locale.ENGLISH), not(is(refusal.messageIn(Locale.FRENCH))));
        }
    }
}
