package fr.tandem.training.ui;

import fr.tandem.platform.NotFound;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.model.SessionSummary;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.StreamedContent;

/**
 * One session as a teacher sees it ({@code /training/session.xhtml?id=}): the offer, when and
 * where, who it is for, the seats, where the teacher stands; book, cancel (after confirming, with
 * an undo) and the session as a calendar file. A session the teacher may not see answers 404, as a
 * missing one does.
 */
@Named
@ViewScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Bookings bookings;

    private Long idParameter;
    private SessionSummary session;
    private final BookingSteps steps = new BookingSteps();

    /** Loads the session of the address, or answers 404 when there is none the teacher may see. */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (idParameter == null) {
            notFound(context);
            return;
        }
        try {
            session = bookings.session(idParameter);
        } catch (NotFound missing) {
            notFound(context);
        }
    }

    private static void notFound(FacesContext context) throws IOException {
        context.getExternalContext().responseSendError(404, null);
        context.responseComplete();
    }

    private void reload() {
        UiMessages.attempt(() -> session = bookings.session(idParameter));
    }

    /** Books the session (the id the page's buttons pass, the session of the page). */
    public void book(long sessionId) {
        steps.book(bookings, sessionId);
        reload();
    }

    /** The label of the button that books every date of a set taken together. */
    public String bookSetLabel(SessionSummary session) {
        return BookingSteps.bookSetLabel(session);
    }

    public void cancel(long sessionId) {
        steps.cancel(bookings, sessionId);
        reload();
    }

    /** Books the session again after a cancellation, if the booking rule allows it. */
    public void undo() {
        steps.undo(bookings);
        reload();
    }

    public boolean isUndoable() {
        return steps.isUndoable();
    }

    public boolean isUndoableWasWaitlist() {
        return steps.undoableWasWaitlist();
    }

    /** The session as an iCalendar file (Europe/Paris times), to add to the teacher's own calendar. */
    public StreamedContent getCalendar() {
        return Downloads.of(bookings.sessionCalendar(idParameter).getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8", "formation-" + idParameter + ".ics");
    }

    public Long getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(Long idParameter) {
        this.idParameter = idParameter;
    }

    public SessionSummary getSession() {
        return session;
    }

    /** The booking steps, for the reason a late cancellation asks. */
    public BookingSteps getSteps() {
        return steps;
    }
}
