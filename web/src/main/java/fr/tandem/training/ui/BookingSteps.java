package fr.tandem.training.ui;

import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.model.SessionSummary;
import java.io.Serializable;

/**
 * A teacher's booking steps as the catalogue and the session page offer them (every date at once
 * for a session of an offer taken together): book, cancel, and
 * undo the last cancellation, which books again through the ordinary booking rule (a seat still
 * free, the enrolment window open, no overlap), or says why it cannot.
 */
final class BookingSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The session whose booking was just cancelled (null: nothing to undo) and what the teacher had. */
    private Long undoable;
    private String undoableTitle;
    private boolean undoableWasWaitlist;

    void book(Bookings bookings, long sessionId) {
        undoable = null;
        UiMessages.attempt(() -> booked(bookOne(bookings, sessionId)));
    }

    /** Books the session, or every date of its set when its offer is taken together. */
    private static SessionSummary bookOne(Bookings bookings, long sessionId) {
        SessionSummary session = bookings.session(sessionId);
        return session.takenTogether() ? bookings.bookSet(session.offerId()) : bookings.book(sessionId);
    }

    /** The label of the button that books every date of a set: "S'inscrire aux 3 dates". */
    static String bookSetLabel(SessionSummary session) {
        return UiMessages.text("training.set.book", session.setDates().size());
    }

    void cancel(Bookings bookings, long sessionId) {
        UiMessages.attempt(() -> {
            SessionSummary before = bookings.session(sessionId);
            SessionSummary after = before.takenTogether() ? bookings.cancelSet(before.offerId())
                    : bookings.cancel(sessionId);
            undoable = sessionId;
            undoableTitle = after.title();
            undoableWasWaitlist = before.myStatus() == BookingStatus.WAITLISTED;
            UiMessages.info(undoableWasWaitlist ? "training.leftWaitlist" : "training.cancelled", after.title());
        });
    }

    /** Books the session of the last cancellation again, if the booking rule still allows it. */
    void undo(Bookings bookings) {
        if (undoable == null) {
            return;
        }
        long sessionId = undoable;
        undoable = null;
        UiMessages.attempt(() -> booked(bookOne(bookings, sessionId)));
    }

    private static void booked(SessionSummary session) {
        if (session.myStatus() == BookingStatus.CONFIRMED) {
            UiMessages.info("training.booked", session.title());
        } else if (session.myStatus() == BookingStatus.PENDING) {
            UiMessages.info("training.requested", session.title());
        } else {
            UiMessages.info("training.waitlisted", session.title(), session.myWaitlistPosition());
        }
    }

    boolean isUndoable() {
        return undoable != null;
    }

    String undoableTitle() {
        return undoableTitle;
    }

    boolean undoableWasWaitlist() {
        return undoableWasWaitlist;
    }
}
