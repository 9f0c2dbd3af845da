package fr.tandem.training.ui;

import fr.tandem.platform.ui.ParisTime;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.boundary.SchoolHolidays;
import fr.tandem.school.calendar.PublicHolidays;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import fr.tandem.training.OfferStatus;
import fr.tandem.training.boundary.TrainingOffers;
import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The inspectors' planning: every session of their offers (all of them for an admin, with a
 * circonscription filter) on a calendar drawn in Paris time, school and public holidays shaded
 * behind, and the details of the session one clicks in a dialog.
 */
@Named
@ViewScoped
public class PlanningView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SESSION_ID = "session-";

    @EJB
    transient TrainingOffers offers;

    @EJB
    transient SchoolHolidays holidays;

    private List<OfferSummary> list;
    private List<SchoolHolidayPeriod> schoolHolidays;
    private String circonscription;
    private LocalDate date;
    private SessionSummary selected;
    private transient ScheduleModel planning;

    @PostConstruct
    void init() {
        list = offers.offers();
        schoolHolidays = holidays.calendar().periods();
    }

    /** The sessions of the chosen circonscription, the holidays behind them, drawn in Paris time. */
    public ScheduleModel getPlanning() {
        if (planning == null) {
            planning = new DefaultScheduleModel();
            sessions().forEach(session -> planning.addEvent(event(session)));
            schoolHolidays.forEach(period -> planning.addEvent(background("school-holiday-" + period.firstDayOff(),
                    period.description(), period.firstDayOff(), period.classesResume(), "school-holiday")));
            int thisYear = LocalDate.now(ParisTime.ZONE).getYear();
            int first = sessions().mapToInt(s -> LocalDateTime.ofInstant(s.startsAt(), ParisTime.ZONE).getYear())
                    .min().orElse(thisYear);
            int last = sessions().mapToInt(s -> LocalDateTime.ofInstant(s.endsAt(), ParisTime.ZONE).getYear())
                    .max().orElse(thisYear);
            IntStream.rangeClosed(Math.min(first, thisYear - 1), Math.max(last, thisYear + 1))
                    .forEach(year -> PublicHolidays.of(year).forEach(holiday -> planning.addEvent(background(
                            "public-holiday-" + holiday.date(), UiMessages.text(holiday.key()), holiday.date(),
                            holiday.date().plusDays(1), "public-holiday"))));
        }
        return planning;
    }

    private Stream<SessionSummary> sessions() {
        return list.stream().filter(o -> circonscription == null || circonscription.equals(o.circonscriptionName()))
                .flatMap(o -> o.sessions().stream());
    }

    private static ScheduleEvent<?> event(SessionSummary session) {
        StringBuilder title = new StringBuilder(session.title()).append(" — ").append(session.place()).append(" (")
                .append(session.confirmed()).append('/').append(session.capacity()).append(')');
        String marker = holidayMarker(session);
        if (marker != null) {
            title.append(" · ⚠ ").append(marker);
        }
        String status = session.cancelled() ? "cancelled"
                : session.offerStatus() == OfferStatus.PUBLISHED ? "published" : "draft";
        return DefaultScheduleEvent.builder().id(SESSION_ID + session.sessionId()).title(title.toString())
                .startDate(LocalDateTime.ofInstant(session.startsAt(), ParisTime.ZONE))
                .endDate(LocalDateTime.ofInstant(session.endsAt(), ParisTime.ZONE))
                .styleClass(status + (marker != null ? " in-holiday" : "")).build();
    }

    private static ScheduleEvent<?> background(String id, String name, LocalDate from, LocalDate until, String kind) {
        return DefaultScheduleEvent.builder().id(id).title(name).allDay(true).display(ScheduleDisplayMode.BACKGROUND)
                .startDate(from.atStartOfDay()).endDate(until.atStartOfDay()).styleClass(kind).build();
    }

    /** What a session's marker says when it falls in holidays: their names (none: {@code null}). */
    static String holidayMarker(SessionSummary session) {
        String publicHoliday = session.publicHoliday() == null ? null
                : UiMessages.text("planning.publicHoliday") + " " + UiMessages.text(session.publicHoliday());
        String schoolHoliday = session.schoolHoliday() == null ? null
                : UiMessages.text("planning.schoolHoliday") + " " + session.schoolHoliday();
        return publicHoliday == null ? schoolHoliday
                : schoolHoliday == null ? publicHoliday : publicHoliday + " · " + schoolHoliday;
    }

    /** A click (or Enter) on a session: its details go to the dialog; a holiday behind is not a session. */
    public void select(SelectEvent<ScheduleEvent<?>> event) {
        String id = event.getObject() == null ? null : event.getObject().getId();
        selected = null;
        if (id != null && id.startsWith(SESSION_ID)) {
            long sessionId = Long.parseLong(id.substring(SESSION_ID.length()));
            selected = list.stream().flatMap(o -> o.sessions().stream()).filter(s -> s.sessionId() == sessionId)
                    .findFirst().orElse(null);
        }
    }

    /** The circonscriptions of the offers one sees, for the filter (an inspector's own only: no filter). */
    public List<String> getCirconscriptions() {
        return list.stream().map(OfferSummary::circonscriptionName).filter(Objects::nonNull).distinct().sorted()
                .toList();
    }

    public SessionSummary getSelected() {
        return selected;
    }

    /** The selected session's holiday marker, or {@code null}. */
    public String getSelectedMarker() {
        return selected == null ? null : holidayMarker(selected);
    }

    public String getCirconscription() {
        return circonscription;
    }

    public void setCirconscription(String circonscription) {
        this.circonscription = circonscription == null || circonscription.isBlank() ? null : circonscription;
        planning = null;
    }

    /** The day the planning opens on (the {@code date} parameter of the address; none: today). */
    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
