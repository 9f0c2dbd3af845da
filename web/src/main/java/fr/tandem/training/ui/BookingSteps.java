package fr.tandem.training.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.CancellationReason;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.model.SessionSummary;
import java.io.Serializable;

/**
 * A teacher's booking steps as the catalogue and the session page offer them (every date at once
 * for a session of an offer taken together): book, cancel, and
 * undo the last cancellation, which books again through the ordinary booking rule (a seat still
 * free, the enrolment window open, no overlap), or says why it cannot. A seat given up late asks
 * for the reason in the same step.
 */
public final class BookingSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The refusal of a seat given up late without a reason. */
    private static final String LATE = "booking.cancel.reasonRequired";

    /** The session whose late cancellation asks for a reason (null: none), and the reason and note given. */
    private Long reasonAskedFor;
    private CancellationReason cancellationReason;
    private String cancellationNote;

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

    /**
     * Cancels the booking. A seat given up late needs a reason: the first attempt is refused, and
     * the step then asks for the reason next to the session; the next attempt sends it.
     */
    void cancel(Bookings bookings, long sessionId) {
        boolean withReason = Long.valueOf(sessionId).equals(reasonAskedFor);
        try {
            SessionSummary before = bookings.session(sessionId);
            CancellationReason reason = withReason ? cancellationReason : null;
            String note = withReason ? cancellationNote : null;
            SessionSummary after = before.takenTogether() ? bookings.cancelSet(before.offerId(), reason, note)
                    : bookings.cancel(sessionId, reason, note);
            undoable = sessionId;
            undoableTitle = after.title();
            undoableWasWaitlist = before.myStatus() == BookingStatus.WAITLISTED;
            reasonAskedFor = null;
            cancellationReason = null;
            cancellationNote = null;
            UiMessages.info(undoableWasWaitlist ? "training.leftWaitlist" : "training.cancelled", after.title());
        } catch (RuleViolation refused) {
            if (LATE.equals(refused.key())) {
                reasonAskedFor = sessionId;
            }
            UiMessages.error(refused);
        }
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

    public Long getReasonAskedFor() {
        return reasonAskedFor;
    }

    public CancellationReason[] getCancellationReasons() {
        return CancellationReason.values();
    }

    public CancellationReason getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(CancellationReason cancellationReason) {
        this.cancellationReason = cancellationReason;
    }

    public String getCancellationNote() {
        return cancellationNote;
    }

    public void setCancellationNote(String cancellationNote) {
        this.cancellationNote = cancellationNote;
    }
}
