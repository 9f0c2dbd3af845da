package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.MailSettings;
import fr.tandem.platform.mail.Outbox;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mails a booking change sends, queued in the same transaction: a convocation with its
 * invitation when a seat is confirmed (booked or promoted) and a reminder the offer's number of
 * days before the session (none for 0), a note when the teacher waits, and a withdrawal of the
 * invitation when a seat is given up (its reminder is then withdrawn too); a refusal gives its
 * reason, and a request that waits long is told once. A set of sessions taken together gets one
 * mail for all its dates, with an event per date, and a reminder per date. Each is written in the
 * teacher's language. For a session held on class time, the head teachers of the teacher's school
 * are told when the teacher will be away, and again when that changes or is cancelled, in their
 * own language.
 */
@Dependent
public class TrainingMails {

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    ReplacementNeeds replacements;

    /** The convocation with its calendar invitation, and the reminder before the session. */
    public void seatConfirmed(Booking booking) {
        TrainingSession session = booking.session();
        TextBundle texts = texts(booking);
        outbox.enqueue(key(booking, "confirmed", booking.confirmedAt().toEpochMilli()), booking.teacher().email(),
                subject(texts, "training.confirmed.subject", session),
                body(texts, booking, booking.designated() ? "training.confirmed.designated" : "training.confirmed.booked",
                        session.offer().title(), when(texts, session), session.place()),
                SessionInvitation.of(session, settings.from(), booking.teacher().email(), false,
                        booking.confirmedAt()), "REQUEST");
        remind(booking, booking.confirmedAt());
        tellHeadTeachers(booking, "away", booking.confirmedAt());
    }

    /** The request is waiting for the inspector's validation. */
    public void requestReceived(Booking booking) {
        TrainingSession session = booking.session();
        TextBundle texts = texts(booking);
        outbox.enqueue(key(booking, "pending", booking.requestedAt().toEpochMilli()), booking.teacher().email(),
                texts.text("training.pending.subject", session.offer().title()),
                body(texts, booking, "training.pending.body", when(texts, session), session.offer().title()), null, null);
    }

    /** The inspector refused the request: the mail gives the reason and its note. */
    public void requestRefused(Booking booking) {
        TrainingSession session = booking.session();
        TextBundle texts = texts(booking);
        outbox.enqueue(key(booking, "refused", booking.cancelledAt().toEpochMilli()), booking.teacher().email(),
                texts.text("training.refused.subject", session.offer().title()),
                texts.text("greeting", booking.teacher().displayName())
                        + texts.text("training.refused.body", when(texts, session), session.offer().title())
                        + refusalReason(texts, booking) + texts.text("training.signature"), null, null);
    }

    /** The reason of a refusal from the list, with the inspector's note if any, as a line of a mail. */
    private static String refusalReason(TextBundle texts, Booking booking) {
        return texts.text("training.refused.reason", texts.text("training.refusal." + booking.refusalReason().name())
                + (booking.reasonNote() == null ? "" : " (" + booking.reasonNote() + ")"));
    }

    /** The request has waited longer than the setting says: the teacher is told it still waits (once). */
    public void stillWaiting(Booking booking, Instant now) {
        TrainingSession session = booking.session();
        TextBundle texts = texts(booking);
        outbox.enqueue(key(booking, "stillwaiting", now.toEpochMilli()), booking.teacher().email(),
                texts.text("training.stillWaiting.subject", session.offer().title()),
                body(texts, booking, "training.stillWaiting.body", when(texts, session), session.offer().title(),
                        texts.date("training.day.pattern", booking.requestedAt())), null, null);
    }

    /**
     * The offer's reminder offset changed: a seated teacher's reminder not sent yet moves (or goes,
     * for 0 days); with no reminder before ({@code hadNone}: the offset was 0), one is queued. A
     * reminder already sent is not sent again.
     */
    public void reminderMoved(Booking booking, Instant changedAt, boolean hadNone) {
        if (outbox.withdraw(reminderPrefix(booking)) > 0 || hadNone) {
            remind(booking, changedAt);
        }
    }

    /**
     * The session moved (day, times or place): a seated teacher gets the updated invitation,
     * which replaces the old one in their calendar, and the reminder moves with it.
     */
    public void sessionChanged(Booking booking, Instant changedAt) {
        TrainingSession session = booking.session();
        TextBundle texts = texts(booking);
        boolean seated = booking.status() == BookingStatus.CONFIRMED;
        outbox.enqueue(key(booking, "changed", changedAt.toEpochMilli()), booking.teacher().email(),
                subject(texts, "training.changed.subject", session),
                texts.text("greeting", booking.teacher().displayName())
                        + texts.text("training.changed.body", session.offer().title(), when(texts, session), session.place())
                        + (seated ? texts.text("training.changed.invitation") : "") + texts.text("training.signature"),
                seated ? SessionInvitation.of(session, settings.from(), booking.teacher().email(), false, changedAt)
                        : null, seated ? "REQUEST" : null);
        if (seated) {
            outbox.withdraw(reminderPrefix(booking));
            remind(booking, changedAt);
            tellHeadTeachers(booking, "changed", changedAt);
        }
    }

    public void waitlisted(Booking booking, int position) {
        TrainingSession session = booking.session();
        TextBundle texts = texts(booking);
        outbox.enqueue(key(booking, "waitlisted", booking.requestedAt().toEpochMilli()), booking.teacher().email(),
                texts.text("training.waitlisted.subject", session.offer().title()),
                body(texts, booking, "training.waitlisted.body", when(texts, session), session.offer().title(), position),
                null, null);
    }

    public void seatGivenUp(Booking booking) {
        TrainingSession session = booking.session();
        TextBundle texts = texts(booking);
        outbox.withdraw(reminderPrefix(booking));
        outbox.enqueue(key(booking, "cancelled", booking.cancelledAt().toEpochMilli()), booking.teacher().email(),
                subject(texts, "training.cancelled.subject", session),
                body(texts, booking, "training.cancelled.body", session.offer().title(), when(texts, session)),
                SessionInvitation.of(session, settings.from(), booking.teacher().email(), true,
                        booking.cancelledAt()), "CANCEL");
        tellHeadTeachers(booking, "back", booking.cancelledAt());
    }

    /** The whole session is cancelled: the invitation is withdrawn for a seated teacher, a note for a waiting one. */
    public void sessionCancelled(Booking booking, boolean hadSeat) {
        TrainingSession session = booking.session();
        TextBundle texts = texts(booking);
        outbox.withdraw(reminderPrefix(booking));
        outbox.enqueue(key(booking, "sessioncancelled", booking.cancelledAt().toEpochMilli()), booking.teacher().email(),
                subject(texts, "training.sessionCancelled.subject", session),
                body(texts, booking, hadSeat ? "training.sessionCancelled.seated" : "training.sessionCancelled.waiting",
                        when(texts, session), session.offer().title()),
                hadSeat ? SessionInvitation.of(session, settings.from(), booking.teacher().email(), true,
                        booking.cancelledAt()) : null, hadSeat ? "CANCEL" : null);
        if (hadSeat) {
            tellHeadTeachers(booking, "back", booking.cancelledAt());
        }
    }

    /**
     * For a session held on class time: tells the head teachers of the teacher's school that the
     * teacher will be away ({@code away}), that the day or time changed ({@code changed}), or that
     * they will not be away after all ({@code back}).
     */
    private void tellHeadTeachers(Booking booking, String event, Instant at) {
        TrainingSession session = booking.session();
        if (!session.offer().onClassTime()) {
            return;
        }
        for (Account head : replacements.headTeachersOf(booking.teacher())) {
            TextBundle texts = TextBundle.of(TextBundle.MAILS, head.language());
            outbox.enqueue(key(booking, "head-" + head.id() + "-" + event, at.toEpochMilli()), head.email(),
                    texts.text("training.absence." + event + ".subject", booking.teacher().displayName(),
                            texts.date("training.when.pattern", session.startsAt())),
                    texts.text("greeting", head.displayName())
                            + texts.text("training.absence." + event + ".body", booking.teacher().displayName(),
                            session.offer().title(), when(texts, session), session.place())
                            + texts.text("training.signature"), null, null);
        }
    }

    /**
     * The convocation to every date of a set (booked, accepted, promoted or designated): one mail
     * listing the dates, with one invitation holding an event per date, and a reminder before each.
     */
    public void setSeatsConfirmed(List<Booking> set) {
        Booking first = set.get(0);
        TextBundle texts = texts(first);
        String title = first.session().offer().title();
        outbox.enqueue(key(first, "setconfirmed", first.confirmedAt().toEpochMilli()), first.teacher().email(),
                texts.text("training.set.confirmed.subject", title, set.size()),
                body(texts, first, first.designated() ? "training.set.confirmed.designated"
                        : "training.set.confirmed.booked", title, set.size(), dates(texts, set)),
                SessionInvitation.of(sessions(set), settings.from(), first.teacher().email(), false,
                        first.confirmedAt()), "REQUEST");
        set.forEach(b -> {
            remind(b, b.confirmedAt());
            tellHeadTeachers(b, "away", b.confirmedAt());
        });
    }

    /** The request for a set waits for the inspector's validation. */
    public void setRequestReceived(List<Booking> set) {
        setNote(set, "setpending", set.get(0).requestedAt(), "training.set.pending.subject", "training.set.pending.body");
    }

    /** The inspector refused the request for a set. */
    public void setRequestRefused(List<Booking> set) {
        Booking first = set.get(0);
        TextBundle texts = texts(first);
        String title = first.session().offer().title();
        outbox.enqueue(key(first, "setrefused", first.cancelledAt().toEpochMilli()), first.teacher().email(),
                texts.text("training.set.refused.subject", title),
                texts.text("greeting", first.teacher().displayName())
                        + texts.text("training.set.refused.body", title, set.size(), dates(texts, set))
                        + refusalReason(texts, first) + texts.text("training.signature"), null, null);
    }

    /** The set is full: the teacher waits for every date at once, at this place in the line. */
    public void setWaitlisted(List<Booking> set, int position) {
        Booking first = set.get(0);
        TextBundle texts = texts(first);
        String title = first.session().offer().title();
        outbox.enqueue(key(first, "setwaitlisted", first.requestedAt().toEpochMilli()), first.teacher().email(),
                texts.text("training.set.waitlisted.subject", title),
                body(texts, first, "training.set.waitlisted.body", title, set.size(), dates(texts, set), position),
                null, null);
    }

    /** The seats of a set given up: the reminders and every date's invitation are withdrawn. */
    public void setSeatsGivenUp(List<Booking> set) {
        Booking first = set.get(0);
        TextBundle texts = texts(first);
        String title = first.session().offer().title();
        set.forEach(b -> {
            outbox.withdraw(reminderPrefix(b));
            tellHeadTeachers(b, "back", b.cancelledAt());
        });
        outbox.enqueue(key(first, "setcancelled", first.cancelledAt().toEpochMilli()), first.teacher().email(),
                texts.text("training.set.cancelled.subject", title),
                body(texts, first, "training.set.cancelled.body", title, set.size(), dates(texts, set)),
                SessionInvitation.of(sessions(set), settings.from(), first.teacher().email(), true,
                        first.cancelledAt()), "CANCEL");
    }

    private void setNote(List<Booking> set, String event, Instant at, String subjectKey, String bodyKey) {
        Booking first = set.get(0);
        TextBundle texts = texts(first);
        String title = first.session().offer().title();
        outbox.enqueue(key(first, event, at.toEpochMilli()), first.teacher().email(), texts.text(subjectKey, title),
                body(texts, first, bodyKey, title, set.size(), dates(texts, set)), null, null);
    }

    private static List<TrainingSession> sessions(List<Booking> set) {
        return set.stream().map(Booking::session).sorted(Comparator.comparing(TrainingSession::startsAt)).toList();
    }

    /** Each date of the set on its own line, soonest first, with its place. */
    private static String dates(TextBundle texts, List<Booking> set) {
        return sessions(set).stream().map(s -> texts.text("training.set.date", when(texts, s), s.place()))
                .collect(Collectors.joining());
    }

    private void remind(Booking booking, Instant version) {
        TrainingSession session = booking.session();
        int days = session.offer().reminderDays();
        if (days == 0) {
            return;
        }
        TextBundle texts = texts(booking);
        outbox.enqueueAt(session.startsAt().minus(Duration.ofDays(days)), key(booking, "reminder", version.toEpochMilli()),
                booking.teacher().email(), subject(texts, "training.reminder.subject", session),
                body(texts, booking, "training.reminder.body", session.offer().title(), when(texts, session),
                        session.place()), null, null);
    }

    private static String reminderPrefix(Booking booking) {
        return "booking-" + booking.id() + "-reminder-";
    }

    private static String key(Booking booking, String event, long at) {
        return "booking-" + booking.id() + "-" + event + "-" + at;
    }

    private static TextBundle texts(Booking booking) {
        return TextBundle.of(TextBundle.MAILS, booking.teacher().language());
    }

    /** A subject naming the training and when it starts. */
    private static String subject(TextBundle texts, String key, TrainingSession session) {
        return texts.text(key, session.offer().title(), texts.date("training.when.pattern", session.startsAt()));
    }

    /** The greeting, the text of the key, the signature. */
    private static String body(TextBundle texts, Booking booking, String key, Object... arguments) {
        return texts.text("greeting", booking.teacher().displayName()) + texts.text(key, arguments)
                + texts.text("training.signature");
    }

    private static String when(TextBundle texts, TrainingSession session) {
        return texts.text("training.when", texts.date("training.when.pattern", session.startsAt()),
                texts.date("training.until.pattern", session.endsAt()));
    }
}
