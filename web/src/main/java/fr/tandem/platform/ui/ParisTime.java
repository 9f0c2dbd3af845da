package fr.tandem.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows stored instants in Paris time, in the page's language ("29 nov. 2026, 21:30"). */
@Named("parisTime")
@ApplicationScoped
public class ParisTime {

    /** The time zone every page shows. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** Day and time ("mer. 13 janv. 2027, 09:00"). */
    public String day(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", UiMessages.locale()).withZone(ZONE).format(instant);
    }

    /** Time of day only ("12:00"). */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE).format(instant);
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UiMessages.locale()).withZone(ZONE).format(instant);
    }
}
