package fr.tandem.equipment.ui;

import fr.tandem.equipment.boundary.Loans;
import fr.tandem.equipment.model.KitCalendar;
import fr.tandem.equipment.model.KitSummary;
import fr.tandem.equipment.model.ReservationForm;
import fr.tandem.equipment.model.ReservationSummary;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.calendar.PublicHoliday;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * One kit: what it holds, a month of its availability (reserved days, school and public holidays,
 * drawn in Paris days whatever the browser's zone), the form to reserve it, and its coming reservations.
 */
@Named
@ViewScoped
public class KitView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Loans loans;

    private Long idParameter;
    private KitSummary kit;
    private YearMonth month;
    private List<List<Day>> weeks = List.of();
    private List<ReservationSummary> reservations = List.of();
    private LocalDate from;
    private LocalDate to;
    private String note;

    /** One day of the month's grid: empty outside the month; reserved, holiday or public holiday. */
    public record Day(LocalDate date, boolean busy, String holiday, boolean publicHoliday) implements Serializable {

        public boolean isBlank() {
            return date == null;
        }

        public int getNumber() {
            return date == null ? 0 : date.getDayOfMonth();
        }

        public String getIso() {
            return date == null ? "" : date.toString();
        }

        public String getStyleClass() {
            if (date == null) {
                return "kit-day kit-day-blank";
            }
            return "kit-day" + (busy ? " kit-day-busy" : "") + (holiday != null ? " kit-day-holiday" : "")
                    + (publicHoliday ? " kit-day-public" : "");
        }
    }

    /** Called by the view's metadata once the parameter is read. */
    public void load() {
        if (idParameter == null) {
            return;
        }
        UiMessages.attempt(() -> {
            kit = loans.kit(idParameter);
            if (month == null) {
                month = YearMonth.from(LocalDate.now(SchoolHolidayPeriod.PARIS));
            }
            refresh();
        });
    }

    private void refresh() {
        reservations = loans.reservations(kit.id());
        KitCalendar calendar = loans.calendar(kit.id(), month.atDay(1), month.atEndOfMonth());
        List<List<Day>> grid = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            week.add(new Day(null, false, null, false));
        }
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            LocalDate d = day;
            boolean busy = calendar.reserved().stream().anyMatch(b -> !d.isBefore(b.from()) && !d.isAfter(b.to()));
            String holiday = calendar.holidays().stream().filter(h -> h.covers(d)).map(SchoolHolidayPeriod::description)
                    .findFirst().orElse(null);
            boolean publicHoliday = calendar.publicHolidays().stream().map(PublicHoliday::date).anyMatch(d::equals);
            week.add(new Day(d, busy, holiday, publicHoliday));
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                grid.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Day(null, false, null, false));
            }
            grid.add(week);
        }
        weeks = grid;
    }

    public void previousMonth() {
        month = month.minusMonths(1);
        UiMessages.attempt(this::refresh);
    }

    public void nextMonth() {
        month = month.plusMonths(1);
        UiMessages.attempt(this::refresh);
    }

    public void reserve() {
        ReservationSummary made = UiMessages.attemptOrNull(() -> loans.reserve(new ReservationForm(kit.id(), from, to,
                note)));
        if (made != null) {
            LoanTexts.BUNDLE.info("loan.reserve.done", LoanTexts.BUNDLE.text("loan.status." + made.status()));
            from = null;
            to = null;
            note = null;
            month = YearMonth.from(made.from());
            refresh();
        }
    }

    /** The month shown, written in the page's language ("décembre 2026"). */
    public String getMonthTitle() {
        return month == null ? "" : month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, UiMessages.locale())
                + " " + month.getYear();
    }

    /** A day written out for screen readers and tooltips. */
    public String spoken(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", UiMessages.locale()).format(day);
    }

    public List<String> getWeekdays() {
        return List.of(LoanTexts.BUNDLE.text("loan.calendar.weekdays").split(","));
    }

    /** The kit's inventoried items, by serial number. */
    public String getItems() {
        return kit == null ? "" : String.join(", ", kit.serialNumbers());
    }

    public KitSummary getKit() {
        return kit;
    }

    public List<List<Day>> getWeeks() {
        return weeks;
    }

    public List<ReservationSummary> getReservations() {
        return reservations;
    }

    public Long getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(Long idParameter) {
        this.idParameter = idParameter;
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
