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

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UiMessages.locale()).withZone(PARIS).format(instant);
    }
}
