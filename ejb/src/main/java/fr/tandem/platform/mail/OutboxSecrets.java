package fr.tandem.platform.mail;

import java.util.Optional;

/**
 * Issues the secret of a mail when it is sent (a link that works once, such as an invitation), so
 * that the outbox never holds it: the queued body has {@link fr.tandem.platform.mail.OutboxMessage#SECRET}
 * in its place. A component that sends such mails provides a bean of this type.
 */
public interface OutboxSecrets {

    /** Whether this source answers for the reference (e.g. by its prefix {@code invitation:}). */
    boolean handles(String secretRef);

    /**
     * A new secret for the reference, its digest recorded in the sending transaction; empty when the
     * mail is no longer wanted (what it was for was replaced or withdrawn), and then it is not sent.
     */
    Optional<String> issue(String secretRef);
}
