package fr.tandem.people.control;

import fr.tandem.platform.mail.OutboxSecrets;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/** Issues the secret of an invitation mail when the outbox sends it (references {@code invitation:<id>}). */
@Dependent
public class InvitationSecrets implements OutboxSecrets {

    static final String REFERENCE = "invitation:";

    @Inject
    AccountInvitations invitations;

    @Override
    public boolean handles(String secretRef) {
        return secretRef.startsWith(REFERENCE);
    }

    @Override
    public Optional<String> issue(String secretRef) {
        return invitations.issue(Long.parseLong(secretRef.substring(REFERENCE.length())));
    }
}
