package fr.tandem.training.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.Attendance;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.RefusalReason;
import fr.tandem.training.boundary.Enrolments;
import fr.tandem.training.model.AttendanceOpening;
import fr.tandem.training.model.DesignationReport;
import fr.tandem.training.model.EnrolmentSummary;
import fr.tandem.training.model.SessionSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * The enrolments of the session opened on an offer's page: requests to accept or refuse,
 * designation of the target public, the émargement on the day (one switch per seated person, each
 * mark saved at once and its result shown next to the person), the feuille d'émargement and exports.
 */
@Named
@ViewScoped
public class EnrolmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Enrolments enrolments;

    @Inject
    OfferView offerView;

    private SessionSummary session;
    private AttendanceOpening opening;
    private List<EnrolmentSummary> lines = List.of();
    /** The mark each seated person's switch shows, by username (an attendance name, or null). */
    private final Map<String, String> marks = new HashMap<>();
    /** What came of the last mark of each person, by username, shown next to them. */
    private final Map<String, String> results = new HashMap<>();
    /** The request the refusal dialog is open for (a username), and the reason and note chosen there. */
    private String refusing;
    private RefusalReason refusalReason;
    private String refusalNote;

    /** Opens the enrolments of a session of the offer shown. */
    public void show(SessionSummary shown) {
        UiMessages.attempt(() -> {
            opening = enrolments.attendanceOpening(shown.sessionId());
            session = shown;
            read();
        });
    }

    private void read() {
        lines = enrolments.enrolments(session.sessionId());
        marks.clear();
        lines.stream().filter(e -> e.status() == BookingStatus.CONFIRMED)
                .forEach(e -> marks.put(e.username(), e.attendance() == null ? null : e.attendance().name()));
    }

    public void decide(String username, boolean accept) {
        UiMessages.attempt(() -> {
            EnrolmentSummary line = enrolments.decide(session.sessionId(), username, accept, null, null);
            UiMessages.info("enrolments.accepted", line.teacherName());
        });
        refresh();
    }

    /** Opens the refusal dialog for a request: the reason is chosen there. */
    public void askRefusal(String username) {
        refusing = username;
        refusalReason = null;
        refusalNote = null;
    }

    /** Refuses the request the dialog was opened for, with the reason and note chosen; the dialog closes once done. */
    public void refuse() {
        boolean done = UiMessages.attempt(() -> {
            EnrolmentSummary line = enrolments.decide(session.sessionId(), refusing, false, refusalReason, refusalNote);
            UiMessages.info("enrolments.refused", line.teacherName());
        });
        if (done) {
            PrimeFaces.current().executeScript("PF('refusalDialog').hide()");
            refusing = null;
            refresh();
        }
    }

    /** Seats the whole target public of an obligatoire offer in a session, and says what happened. */
    public void designate(long sessionId) {
        UiMessages.attempt(() -> {
            DesignationReport report = enrolments.designate(sessionId);
            UiMessages.info("enrolments.designated", report.designated(), report.alreadyEnrolled());
            if (!report.overlapping().isEmpty()) {
                UiMessages.warn("enrolments.designation.overlapping", String.join(" ; ", report.overlapping()));
            }
        });
        offerView.refresh();
        if (session != null) {
            refresh();
        }
    }

    /** Saves the mark the person's switch now shows; a refusal is shown next to them and the switch goes back. */
    public void mark(String username) {
        String chosen = marks.get(username);
        if (chosen == null) {
            return;
        }
        try {
            EnrolmentSummary line = enrolments.recordAttendance(session.sessionId(), username, Attendance.valueOf(chosen));
            results.put(username, UiMessages.text("attendance.saved", UiMessages.text("attendance." + chosen)));
            UiMessages.info("attendance.savedFor", line.teacherName(), UiMessages.text("attendance." + chosen));
        } catch (RuleViolation refused) {
            results.put(username, refused.messageIn(UiMessages.locale()));
            UiMessages.error(refused);
        }
        read();
    }

    /** Marks present every seated person not marked yet. */
    public void markAllPresent() {
        UiMessages.attempt(() -> UiMessages.info("attendance.allPresent", enrolments.markAllPresent(session.sessionId())));
        results.clear();
        read();
    }

    private void refresh() {
        UiMessages.attempt(this::read);
        offerView.refresh();
    }

    /** "L'émargement s'ouvre le jour de la session, le 14/01/2027." */
    public String getClosedReason() {
        return opening == null ? "" : UiMessages.text("attendance.opensOn",
                opening.day().format(DateTimeFormatter.ofPattern(UiMessages.text("attendance.dayPattern"))));
    }

    public StreamedContent getCsv() {
        return Downloads.of(enrolments.enrolmentsCsv(session.sessionId()), "text/csv; charset=UTF-8",
                "inscrits-session-" + session.sessionId() + ".csv");
    }

    public StreamedContent getXlsx() {
        return Downloads.of(enrolments.enrolmentsXlsx(session.sessionId()), ExcelExport.MEDIA_TYPE,
                "inscrits-session-" + session.sessionId() + ".xlsx");
    }

    /** The feuille d'émargement of the session shown, as a PDF download. */
    public StreamedContent getAttendanceSheet() {
        return Downloads.of(enrolments.attendanceSheet(session.sessionId()), "application/pdf",
                "emargement-session-" + session.sessionId() + ".pdf");
    }

    public List<EnrolmentSummary> getSeated() {
        return lines.stream().filter(e -> e.status() == BookingStatus.CONFIRMED).toList();
    }

    public Attendance[] getAttendanceMarks() {
        return Attendance.values();
    }

    public boolean isAttendanceOpen() {
        return opening != null && opening.open();
    }

    public List<EnrolmentSummary> getLines() {
        return lines;
    }

    public SessionSummary getSession() {
        return session;
    }

    public Map<String, String> getMarks() {
        return marks;
    }

    public Map<String, String> getResults() {
        return results;
    }

    public RefusalReason[] getRefusalReasons() {
        return RefusalReason.values();
    }

    public String getRefusing() {
        return refusing;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(RefusalReason refusalReason) {
        this.refusalReason = refusalReason;
    }

    public String getRefusalNote() {
        return refusalNote;
    }

    public void setRefusalNote(String refusalNote) {
        this.refusalNote = refusalNote;
    }
}
