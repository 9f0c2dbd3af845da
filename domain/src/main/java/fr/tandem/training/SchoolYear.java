package fr.tandem.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A school year, from 1 September to 31 August (Paris time): the period the 18 hours of
 * training and animations pédagogiques are due in.
 */
public record SchoolYear(int startYear) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The school year an instant falls in. */
    public static SchoolYear of(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, PARIS);
        return new SchoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    public Instant start() {
        return LocalDate.of(startYear, 9, 1).atStartOfDay(PARIS).toInstant();
    }

    public Instant end() {
        return LocalDate.of(startYear + 1, 9, 1).atStartOfDay(PARIS).toInstant();
    }

    /** "2026-2027". */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    /**
     * The minutes of training a teacher owes this year: 18 hours pro rata of working time,
     * rounded to the nearest half hour (100 % → 18 h, 75 % → 13 h 30, 50 % → 9 h).
     */
    public static int minutesDue(int workingTimePercent) {
        int exact = 18 * 60 * workingTimePercent / 100;
        return Math.round(exact / 30f) * 30;
    }
}
