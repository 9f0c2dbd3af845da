package fr.tandem.training.ui;

import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.Attendance;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.boundary.TrainerSessions;
import fr.tandem.training.model.CheckInCode;
import fr.tandem.training.model.SessionToRun;
import fr.tandem.training.model.TrainerEnrolment;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One session the trainer runs ({@code /training/run-session.xhtml?id=}): its teachers and their
 * attendance switches, and while the self check-in is open the QR code of this minute, which the
 * page polls for so that the code and who checked in stay current. A session the caller does not
 * run answers 404, as a missing one does.
 */
@Named
@ViewScoped
public class RunSessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TrainerSessions trainerSessions;

    private Long idParameter;
    private SessionToRun session;
    private CheckInCode code;
    /** The mark of each seated person, by username (an attendance name, or null): the button shown pressed. */
    private final Map<String, String> marks = new HashMap<>();
    /** What came of the last mark of each person, by username, shown next to them. */
    private final Map<String, String> results = new HashMap<>();

    /** Loads the session of the address, or answers 404 when the caller does not run it. */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            if (idParameter == null) {
                throw new NotFound("session.notFound");
            }
            read();
        } catch (NotFound missing) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    /** Reads the session again: the code of this minute, who checked in. */
    public void refresh() {
        UiMessages.attempt(this::read);
    }

    private void read() {
        session = trainerSessions.session(idParameter);
        code = session.checkInOpen() ? trainerSessions.checkInCode(idParameter) : null;
        marks.clear();
        session.enrolments().stream().filter(e -> e.status() == BookingStatus.CONFIRMED)
                .forEach(e -> marks.put(e.username(), e.attendance() == null ? null : e.attendance().name()));
    }

    /** Saves the mark chosen for the person (an attendance name); a refusal is shown next to them. */
    public void mark(String username, String chosen) {
        try {
            trainerSessions.recordAttendance(idParameter, username, Attendance.valueOf(chosen));
            results.put(username, UiMessages.text("attendance.saved", UiMessages.text("attendance." + chosen)));
        } catch (RuleViolation refused) {
            results.put(username, refused.messageIn(UiMessages.locale()));
            UiMessages.error(refused);
        }
        refresh();
    }

    /** The teachers with a seat, whose attendance is taken. */
    public List<TrainerEnrolment> getSeated() {
        return session == null ? List.of() : session.enrolments().stream()
                .filter(e -> e.status() == BookingStatus.CONFIRMED).toList();
    }

    /** The others: on the waiting list or waiting for validation. */
    public List<TrainerEnrolment> getWaiting() {
        return session == null ? List.of() : session.enrolments().stream()
                .filter(e -> e.status() != BookingStatus.CONFIRMED).toList();
    }

    /** How many seated teachers checked themselves in. */
    public long getCheckedIn() {
        return getSeated().stream().filter(e -> e.checkedInAt() != null).count();
    }

    /** The QR code as an image address ({@code data:} URI of its SVG). */
    public String getQrImage() {
        return code == null ? null : "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(code.qrSvg().getBytes(StandardCharsets.UTF_8));
    }

    public Attendance[] getAttendanceMarks() {
        return Attendance.values();
    }

    public Long getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(Long idParameter) {
        this.idParameter = idParameter;
    }

    public SessionToRun getSession() {
        return session;
    }

    public CheckInCode getCode() {
        return code;
    }

    public Map<String, String> getMarks() {
        return marks;
    }

    public Map<String, String> getResults() {
        return results;
    }
}
