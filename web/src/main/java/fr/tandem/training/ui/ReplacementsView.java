package fr.tandem.training.ui;

import fr.tandem.platform.ui.ParisTime;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.boundary.ReplacementPlanning;
import fr.tandem.training.model.ReplacementDay;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The replacements page: per day of a period (Paris time; three months from today at first), how
 * many replacement teachers the sessions held on class time need, and for which schools.
 */
@Named
@ViewScoped
public class ReplacementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ReplacementPlanning planning;

    private LocalDate from = LocalDate.now(ParisTime.ZONE);
    private LocalDate to = from.plusMonths(3);
    private List<ReplacementDay> days;

    /** Reads the days of the period chosen. */
    public void show() {
        days = UiMessages.attemptOrNull(() -> planning.days(from, to));
    }

    public List<ReplacementDay> getDays() {
        if (days == null) {
            show();
        }
        return days == null ? List.of() : days;
    }

    /** The total of replacements over the period. */
    public int getTotal() {
        return getDays().stream().mapToInt(ReplacementDay::replacements).sum();
    }

    /** "mercredi 13/01/2027" in the page's language. */
    public String dayLabel(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", UiMessages.locale()));
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
