package fr.tandem.training.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.Attendance;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferDetails;
import fr.tandem.training.SessionDetails;
import fr.tandem.training.boundary.EnrolmentSummary;
import fr.tandem.training.boundary.OfferSummary;
import fr.tandem.training.boundary.SchoolHolidays;
import fr.tandem.training.boundary.TrainingOffers;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.primefaces.model.StreamedContent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The inspectors' training page: create an offer, add its sessions (dates and times in Paris
 * time), publish it, and read each session's enrolment list.
 */
@Named
@ViewScoped
public class OffersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @EJB
    transient TrainingOffers offers;

    @EJB
    transient SchoolHolidays holidays;

    private List<OfferSummary> list;
    private String title;
    private String description;
    private String topic;
    private OfferCategory category = OfferCategory.OPTIONNELLE;
    private Modality modality = Modality.PRESENTIEL;
    private BigDecimal hours = new BigDecimal("3");
    private LocalDate enrolmentOpens = LocalDate.now(PARIS);
    private LocalDate enrolmentCloses;
    private Long sessionOfferId;
    private LocalDate sessionDay;
    private LocalTime sessionStart = LocalTime.of(9, 0);
    private LocalTime sessionEnd = LocalTime.of(12, 0);
    private String sessionPlace;
    private Integer sessionCapacity = 20;
    private List<EnrolmentSummary> enrolments = List.of();
    private String enrolmentsTitle;
    private long enrolmentsSessionId;

    private transient ScheduleModel planning;
    private transient Part holidaysFile;
    private String holidaysZone = SchoolHolidays.DEFAULT_ZONE;

    @PostConstruct
    void load() {
        list = offers.offers();
        planning = null;
    }

    /** Every session of the circonscription on a calendar, in Paris time. */
    public ScheduleModel getPlanning() {
        if (planning == null) {
            planning = new DefaultScheduleModel();
            for (OfferSummary offer : list) {
                for (var session : offer.sessions()) {
                    planning.addEvent(DefaultScheduleEvent.builder()
                            .title(offer.title() + " — " + session.place() + " (" + session.confirmed() + "/"
                                    + session.capacity() + ")")
                            .startDate(LocalDateTime.ofInstant(session.startsAt(), PARIS))
                            .endDate(LocalDateTime.ofInstant(session.endsAt(), PARIS))
                            .styleClass(offer.status() == fr.tandem.training.OfferStatus.PUBLISHED ? "published" : "draft")
                            .build());
                }
            }
        }
        return planning;
    }

    public void createOffer() {
        try {
            OfferSummary created = offers.createOffer(new OfferDetails(title, description, topic, category, modality,
                    hours == null ? null : hours.multiply(BigDecimal.valueOf(60)).intValue(),
                    startOfDay(enrolmentOpens), enrolmentCloses == null ? null : startOfDay(enrolmentCloses.plusDays(1))));
            UiMessages.info("offers.created", created.title());
            title = null;
            description = null;
            topic = null;
            sessionOfferId = created.id();
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        }
        load();
    }

    public void addSession() {
        try {
            if (sessionDay == null || sessionStart == null || sessionEnd == null) {
                throw new RuleViolation("session.time.required");
            }
            offers.addSession(sessionOfferId == null ? -1 : sessionOfferId, new SessionDetails(
                    sessionDay.atTime(sessionStart).atZone(PARIS).toInstant(),
                    sessionDay.atTime(sessionEnd).atZone(PARIS).toInstant(), sessionPlace, sessionCapacity));
            UiMessages.info("offers.sessionAdded");
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        }
        load();
    }

    public void cancelSession(long sessionId) {
        try {
            offers.cancelSession(sessionId);
            UiMessages.info("offers.sessionCancelled");
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        }
        load();
    }

    public void publish(long offerId) {
        try {
            UiMessages.info("offers.published", offers.publish(offerId).title());
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        }
        load();
    }

    public void showEnrolments(long sessionId, String sessionTitle) {
        try {
            enrolments = offers.enrolments(sessionId);
            enrolmentsTitle = sessionTitle;
            enrolmentsSessionId = sessionId;
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        }
    }

    /** Imports the ministry's school-holiday calendar for the zone; sessions in the holidays are then flagged. */
    public void importHolidays() {
        if (holidaysFile == null || holidaysFile.getSize() == 0) {
            UiMessages.errorText("import.noFile");
            return;
        }
        try (InputStream in = holidaysFile.getInputStream()) {
            int periods = holidays.importFile(in.readNBytes(10 * 1024 * 1024), holidaysZone).size();
            UiMessages.info("offers.holidaysImported", periods);
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        } catch (IOException unreadable) {
            UiMessages.errorText("import.unreadable");
        }
        load();
    }

    public Part getHolidaysFile() {
        return holidaysFile;
    }

    public void setHolidaysFile(Part holidaysFile) {
        this.holidaysFile = holidaysFile;
    }

    public String getHolidaysZone() {
        return holidaysZone;
    }

    public void setHolidaysZone(String holidaysZone) {
        this.holidaysZone = holidaysZone;
    }

    /** Saves the émargement of one teacher of the session shown. */
    public void recordAttendance(String username, Attendance mark) {
        try {
            offers.recordAttendance(enrolmentsSessionId, username, mark);
            UiMessages.info("offers.attendanceSaved");
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        enrolments = offers.enrolments(enrolmentsSessionId);
    }

    /** The enrolment list shown, as a CSV download. */
    public StreamedContent getEnrolmentsCsv() {
        return Downloads.of(offers.enrolmentsCsv(enrolmentsSessionId), "text/csv; charset=UTF-8",
                "inscrits-session-" + enrolmentsSessionId + ".csv");
    }

    /** The hours of every teacher of the circonscription, as a CSV download. */
    public StreamedContent getHoursCsv() {
        return Downloads.of(offers.circonscriptionHoursCsv(), "text/csv; charset=UTF-8", "heures-circonscription.csv");
    }

    /** The feuille d'émargement of the session shown, as a PDF download. */
    public StreamedContent getAttendanceSheet() {
        return Downloads.of(offers.attendanceSheet(enrolmentsSessionId), "application/pdf",
                "emargement-session-" + enrolmentsSessionId + ".pdf");
    }

    public Attendance[] getAttendanceMarks() {
        return Attendance.values();
    }

    private static Instant startOfDay(LocalDate day) {
        return day == null ? null : day.atStartOfDay(PARIS).toInstant();
    }

    public List<OfferSummary> getList() {
        return list;
    }

    public OfferCategory[] getCategories() {
        return OfferCategory.values();
    }

    public Modality[] getModalities() {
        return Modality.values();
    }

    public List<EnrolmentSummary> getEnrolments() {
        return enrolments;
    }

    public String getEnrolmentsTitle() {
        return enrolmentsTitle;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public OfferCategory getCategory() {
        return category;
    }

    public void setCategory(OfferCategory category) {
        this.category = category;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public LocalDate getEnrolmentOpens() {
        return enrolmentOpens;
    }

    public void setEnrolmentOpens(LocalDate enrolmentOpens) {
        this.enrolmentOpens = enrolmentOpens;
    }

    public LocalDate getEnrolmentCloses() {
        return enrolmentCloses;
    }

    public void setEnrolmentCloses(LocalDate enrolmentCloses) {
        this.enrolmentCloses = enrolmentCloses;
    }

    public Long getSessionOfferId() {
        return sessionOfferId;
    }

    public void setSessionOfferId(Long sessionOfferId) {
        this.sessionOfferId = sessionOfferId;
    }

    public LocalDate getSessionDay() {
        return sessionDay;
    }

    public void setSessionDay(LocalDate sessionDay) {
        this.sessionDay = sessionDay;
    }

    public LocalTime getSessionStart() {
        return sessionStart;
    }

    public void setSessionStart(LocalTime sessionStart) {
        this.sessionStart = sessionStart;
    }

    public LocalTime getSessionEnd() {
        return sessionEnd;
    }

    public void setSessionEnd(LocalTime sessionEnd) {
        this.sessionEnd = sessionEnd;
    }

    public String getSessionPlace() {
        return sessionPlace;
    }

    public void setSessionPlace(String sessionPlace) {
        this.sessionPlace = sessionPlace;
    }

    public Integer getSessionCapacity() {
        return sessionCapacity;
    }

    public void setSessionCapacity(Integer sessionCapacity) {
        this.sessionCapacity = sessionCapacity;
    }
}
