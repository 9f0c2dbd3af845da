package fr.tandem.training.ui;

import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.Attendance;
import fr.tandem.training.boundary.Enrolments;
import fr.tandem.training.model.DesignationReport;
import fr.tandem.training.model.EnrolmentSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The enrolment list of the session the inspector opened on the offers page: requests to accept
 * or refuse, designation of the target public, attendance on the day (large buttons that work on
 * a phone), the feuille d'émargement and exports.
 */
@Named
@ViewScoped
public class EnrolmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Enrolments enrolments;

    @Inject
    OffersView offersView;

    private long sessionId;
    private String title;
    private List<EnrolmentSummary> lines = List.of();

    public void show(long id, String sessionTitle) {
        UiMessages.attempt(() -> {
            lines = enrolments.enrolments(id);
            sessionId = id;
            title = sessionTitle;
        });
    }

    public void decide(String username, boolean accept) {
        UiMessages.attempt(() -> {
            EnrolmentSummary line = enrolments.decide(sessionId, username, accept);
            UiMessages.info(accept ? "enrolments.accepted" : "enrolments.refused", line.teacherName());
        });
        refresh();
    }

    /** Seats the whole target public of an obligatoire offer in this session, and says what happened. */
    public void designate(long id, String sessionTitle) {
        UiMessages.attempt(() -> {
            DesignationReport report = enrolments.designate(id);
            UiMessages.info("enrolments.designated", report.designated(), report.alreadyEnrolled());
            if (!report.overlapping().isEmpty()) {
                UiMessages.warn("enrolments.designation.overlapping", String.join(" ; ", report.overlapping()));
            }
            show(id, sessionTitle);
        });
        offersView.load();
    }

    /** Saves the émargement of one teacher of the session shown. */
    public void recordAttendance(String username, Attendance mark) {
        UiMessages.attempt(() -> {
            enrolments.recordAttendance(sessionId, username, mark);
            UiMessages.info("offers.attendanceSaved");
        });
        refresh();
    }

    private void refresh() {
        lines = enrolments.enrolments(sessionId);
        offersView.load();
    }

    public StreamedContent getCsv() {
        return Downloads.of(enrolments.enrolmentsCsv(sessionId), "text/csv; charset=UTF-8",
                "inscrits-session-" + sessionId + ".csv");
    }

    public StreamedContent getXlsx() {
        return Downloads.of(enrolments.enrolmentsXlsx(sessionId), ExcelExport.MEDIA_TYPE,
                "inscrits-session-" + sessionId + ".xlsx");
    }

    /** The feuille d'émargement of the session shown, as a PDF download. */
    public StreamedContent getAttendanceSheet() {
        return Downloads.of(enrolments.attendanceSheet(sessionId), "application/pdf",
                "emargement-session-" + sessionId + ".pdf");
    }

    public Attendance[] getAttendanceMarks() {
        return Attendance.values();
    }

    public List<EnrolmentSummary> getLines() {
        return lines;
    }

    public String getTitle() {
        return title;
    }
}
