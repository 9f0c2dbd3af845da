package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.MailSettings;
import fr.tandem.platform.mail.Outbox;
import fr.tandem.platform.mail.PublicUrl;
import fr.tandem.training.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The mails a trainer receives about a session they run, queued in the same transaction and
 * written in the trainer's language: the invitation (METHOD:REQUEST) when named on it, the
 * updated invitation when its day, times or place change, its withdrawal (METHOD:CANCEL) when it
 * is cancelled or the trainer is taken off it. The invitation's UID is the session's and the
 * trainer's, so that each version replaces the one before in the trainer's calendar.
 */
@Dependent
public class TrainerMails {

    /** The trainer's page of sessions to run, linked from the mails. */
    static final String RUN_PAGE = "training/run.xhtml";

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    PublicUrl publicUrl;

    /** The trainer was named on the session (a new session, or one they were added to). */
    public void named(TrainingSession session, Account trainer, Instant at) {
        TextBundle texts = texts(trainer);
        send(session, trainer, "named", at, subject(texts, "trainer.named.subject", session),
                body(texts, trainer, "trainer.named.body", session.offer().title(), when(texts, session),
                        session.place(), publicUrl.of(RUN_PAGE)), false);
    }

    /** The session the trainer runs moved (day, times or place). */
    public void changed(TrainingSession session, Account trainer, Instant at) {
        TextBundle texts = texts(trainer);
        send(session, trainer, "changed", at, subject(texts, "trainer.changed.subject", session),
                body(texts, trainer, "trainer.changed.body", session.offer().title(), when(texts, session),
                        session.place()), false);
    }

    /** The session the trainer was to run is cancelled. */
    public void cancelled(TrainingSession session, Account trainer, Instant at) {
        TextBundle texts = texts(trainer);
        send(session, trainer, "cancelled", at, subject(texts, "trainer.cancelled.subject", session),
                body(texts, trainer, "trainer.cancelled.body", when(texts, session), session.offer().title()), true);
    }

    /** The trainer was taken off the session. */
    public void removed(TrainingSession session, Account trainer, Instant at) {
        TextBundle texts = texts(trainer);
        send(session, trainer, "removed", at, subject(texts, "trainer.removed.subject", session),
                body(texts, trainer, "trainer.removed.body", when(texts, session), session.offer().title()), true);
    }

    private void send(TrainingSession session, Account trainer, String event, Instant at, String subject, String body,
                      boolean cancel) {
        outbox.enqueue("trainer-" + session.id() + "-" + trainer.id() + "-" + event + "-" + at.toEpochMilli(),
                trainer.email(), subject, body,
                SessionInvitation.of(session, settings.from(), trainer.email(), cancel, at), cancel ? "CANCEL" : "REQUEST");
    }

    private static TextBundle texts(Account trainer) {
        return TextBundle.of(TextBundle.MAILS, trainer.language());
    }

    private static String subject(TextBundle texts, String key, TrainingSession session) {
        return texts.text(key, session.offer().title(), texts.date("training.when.pattern", session.startsAt()));
    }

    private static String body(TextBundle texts, Account trainer, String key, Object... arguments) {
        return texts.text("greeting", trainer.displayName()) + texts.text(key, arguments)
                + texts.text("training.signature");
    }

    private static String when(TextBundle texts, TrainingSession session) {
        return texts.text("training.when", texts.date("training.when.pattern", session.startsAt()),
                texts.date("training.until.pattern", session.endsAt()));
    }
}
