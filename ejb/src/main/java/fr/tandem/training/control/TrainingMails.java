package fr.tandem.training.control;

import fr.tandem.platform.mail.MailSettings;
import fr.tandem.platform.mail.Outbox;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The mails a booking change sends, queued in the same transaction: a convocation with its
 * invitation when a seat is confirmed (booked or promoted) and a reminder two days before the
 * session, a note when the teacher waits, and a withdrawal of the invitation when a seat is
 * given up (its reminder is then withdrawn too).
 */
@Dependent
public class TrainingMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'de' HH'h'mm", Locale.FRENCH).withZone(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH'h'mm").withZone(ZoneId.of("Europe/Paris"));

    /** How long before a session its reminder goes out. */
    static final Duration REMINDER_BEFORE = Duration.ofDays(2);

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    /** The convocation with its calendar invitation, and the reminder before the session. */
    public void seatConfirmed(Booking booking) {
        TrainingSession session = booking.session();
        outbox.enqueue(key(booking, "confirmed", booking.confirmedAt().toEpochMilli()), booking.teacher().email(),
                "Convocation : " + session.offer().title() + " — " + WHEN.format(session.startsAt()),
                greeting(booking) + (booking.designated()
                        ? "Vous êtes désigné·e par la circonscription pour la formation obligatoire « "
                        : "Votre place est confirmée pour la formation « ") + session.offer().title()
                        + " », le " + when(session) + ", lieu : " + session.place() + ".\n\n"
                        + "L'invitation jointe s'ajoute à votre agenda.\n" + signature(),
                SessionInvitation.of(session, settings.from(), booking.teacher().email(), false,
                        booking.confirmedAt()), "REQUEST");
        remind(booking, booking.confirmedAt());
    }

    /** The request is waiting for the inspector's validation. */
    public void requestReceived(Booking booking) {
        TrainingSession session = booking.session();
        outbox.enqueue(key(booking, "pending", booking.requestedAt().toEpochMilli()), booking.teacher().email(),
                "Demande d'inscription reçue : " + session.offer().title(),
                greeting(booking) + "Votre demande d'inscription à la session du " + when(session) + " de « "
                        + session.offer().title() + " » est enregistrée. L'inspection de circonscription la "
                        + "valide : vous recevrez alors votre convocation.\n" + signature(), null, null);
    }

    /** The inspector refused the request. */
    public void requestRefused(Booking booking) {
        TrainingSession session = booking.session();
        outbox.enqueue(key(booking, "refused", booking.cancelledAt().toEpochMilli()), booking.teacher().email(),
                "Demande d'inscription non retenue : " + session.offer().title(),
                greeting(booking) + "Votre demande d'inscription à la session du " + when(session) + " de « "
                        + session.offer().title() + " » n'a pas été retenue par l'inspection de circonscription.\n"
                        + signature(), null, null);
    }

    /**
     * The session moved (day, times or place): a seated teacher gets the updated invitation,
     * which replaces the old one in their calendar, and the reminder moves with it.
     */
    public void sessionChanged(Booking booking, Instant changedAt) {
        TrainingSession session = booking.session();
        boolean seated = booking.status() == BookingStatus.CONFIRMED;
        outbox.enqueue(key(booking, "changed", changedAt.toEpochMilli()), booking.teacher().email(),
                "Changement : " + session.offer().title() + " — " + WHEN.format(session.startsAt()),
                greeting(booking) + "La session de la formation « " + session.offer().title()
                        + " » a changé. Elle aura lieu le " + when(session) + ", lieu : " + session.place() + ".\n"
                        + (seated ? "\nL'invitation jointe met votre agenda à jour.\n" : "") + signature(),
                seated ? SessionInvitation.of(session, settings.from(), booking.teacher().email(), false, changedAt)
                        : null, seated ? "REQUEST" : null);
        if (seated) {
            outbox.withdraw(reminderPrefix(booking));
            remind(booking, changedAt);
        }
    }

    public void waitlisted(Booking booking, int position) {
        TrainingSession session = booking.session();
        outbox.enqueue(key(booking, "waitlisted", booking.requestedAt().toEpochMilli()), booking.teacher().email(),
                "Liste d'attente : " + session.offer().title(),
                greeting(booking) + "La session du " + when(session) + " de « " + session.offer().title()
                        + " » est complète : vous êtes n° " + position + " sur la liste d'attente. "
                        + "Si une place se libère avant la session, elle vous est attribuée et vous recevez "
                        + "votre convocation.\n" + signature(), null, null);
    }

    public void seatGivenUp(Booking booking) {
        TrainingSession session = booking.session();
        outbox.withdraw(reminderPrefix(booking));
        outbox.enqueue(key(booking, "cancelled", booking.cancelledAt().toEpochMilli()), booking.teacher().email(),
                "Annulation : " + session.offer().title() + " — " + WHEN.format(session.startsAt()),
                greeting(booking) + "Votre inscription à la formation « " + session.offer().title() + " » du "
                        + when(session) + " est annulée. L'événement est retiré de votre agenda.\n" + signature(),
                SessionInvitation.of(session, settings.from(), booking.teacher().email(), true,
                        booking.cancelledAt()), "CANCEL");
    }

    /** The whole session is cancelled: the invitation is withdrawn for a seated teacher, a note for a waiting one. */
    public void sessionCancelled(Booking booking, boolean hadSeat) {
        TrainingSession session = booking.session();
        outbox.withdraw(reminderPrefix(booking));
        outbox.enqueue(key(booking, "sessioncancelled", booking.cancelledAt().toEpochMilli()), booking.teacher().email(),
                "Session annulée : " + session.offer().title() + " — " + WHEN.format(session.startsAt()),
                greeting(booking) + "La session du " + when(session) + " de la formation « " + session.offer().title()
                        + " » est annulée par la circonscription"
                        + (hadSeat ? " ; l'événement est retiré de votre agenda." : " ; vous n'êtes plus sur sa liste d'attente.")
                        + "\n" + signature(),
                hadSeat ? SessionInvitation.of(session, settings.from(), booking.teacher().email(), true,
                        booking.cancelledAt()) : null, hadSeat ? "CANCEL" : null);
    }

    private void remind(Booking booking, Instant version) {
        TrainingSession session = booking.session();
        outbox.enqueueAt(session.startsAt().minus(REMINDER_BEFORE), key(booking, "reminder", version.toEpochMilli()),
                booking.teacher().email(), "Rappel : " + session.offer().title() + " — " + WHEN.format(session.startsAt()),
                greeting(booking) + "Pour rappel, vous êtes attendu·e à la formation « " + session.offer().title()
                        + " », le " + when(session) + ", lieu : " + session.place() + ".\n" + signature(), null, null);
    }

    private static String reminderPrefix(Booking booking) {
        return "booking-" + booking.id() + "-reminder-";
    }

    private static String key(Booking booking, String event, long at) {
        return "booking-" + booking.id() + "-" + event + "-" + at;
    }

    private static String greeting(Booking booking) {
        return "Bonjour " + booking.teacher().displayName() + ",\n\n";
    }

    private static String when(TrainingSession session) {
        return WHEN.format(session.startsAt()) + " à " + UNTIL.format(session.endsAt()) + " (heure de Paris)";
    }

    private static String signature() {
        return "\n-- \nTandem, pour la circonscription et la ville\n";
    }
}
