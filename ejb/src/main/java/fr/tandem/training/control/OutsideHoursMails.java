package fr.tandem.training.control;

import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.Outbox;
import fr.tandem.training.OutsideHours;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The mail a teacher receives when their inspector decides on hours they declared outside Tandem
 * (validated, or refused with the reason), queued in the same transaction, in the teacher's language.
 */
@Dependent
public class OutsideHoursMails {

    @Inject
    Outbox outbox;

    public void decided(OutsideHours declaration) {
        TextBundle texts = TextBundle.of(TextBundle.MAILS, declaration.teacher().language());
        String event = declaration.status().name().toLowerCase(Locale.ROOT);
        String duration = HoursDocuments.duration(declaration.minutes());
        String body = switch (declaration.status()) {
            case VALIDATED -> texts.text("outsideHours.validated.body", declaration.title(), duration);
            case REFUSED -> texts.text("outsideHours.refused.body", declaration.title(), duration,
                    declaration.refusalReason());
            default -> throw new IllegalStateException("Not a decision: " + declaration.status());
        };
        outbox.enqueue("outside-hours-" + declaration.id() + "-" + event, declaration.teacher().email(),
                texts.text("outsideHours." + event + ".subject", declaration.title()),
                texts.text("greeting", declaration.teacher().displayName()) + body + texts.text("training.signature"),
                null, null);
    }
}
