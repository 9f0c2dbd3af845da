package fr.tandem.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shows stored instants in Paris time, one style per language across the application: in French
 * "14 janv. 2027 à 09:00" and dates as 14/01/2027, in English (British) "14 Jan 2027, 09:00" and
 * 14/01/2027. No ISO date is shown to people.
 */
@Named("parisTime")
@ApplicationScoped
public class ParisTime {

    /** The time zone every page shows. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final Locale BRITISH = Locale.UK;

    /** Weekday, day and time ("mer. 13 janv. 2027 à 09:00", "Wed 13 Jan 2027, 09:00"). */
    public String day(Instant instant) {
        return instant == null ? "" : pattern("EEE d MMM yyyy 'à' HH:mm", "EEE d MMM yyyy, HH:mm").format(instant);
    }

    /** Time of day only ("12:00"). */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE).format(instant);
    }

    /** Day and time ("14 janv. 2027 à 09:00", "14 Jan 2027, 09:00"). */
    public String format(Instant instant) {
        return instant == null ? "" : pattern("d MMM yyyy 'à' HH:mm", "d MMM yyyy, HH:mm").format(instant);
    }

    /** A calendar date, numeric in both languages ("14/01/2027"). */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }

    private static DateTimeFormatter pattern(String french, String english) {
        boolean inEnglish = "en".equals(UiMessages.locale().getLanguage());
        return DateTimeFormatter.ofPattern(inEnglish ? english : french, inEnglish ? BRITISH : Locale.FRENCH)
                .withZone(ZONE);
    }
}
