package fr.tandem.people.model;

import fr.tandem.people.Invitation;
import java.time.Instant;

/** Whom an invitation is for and until when it can be used (never its secret). */
public record InvitationSummary(String username, String name, String email, Instant expiresAt) {

    public static InvitationSummary of(Invitation invitation) {
        return new InvitationSummary(invitation.account().username(), invitation.account().displayName(),
                invitation.account().email(), invitation.expiresAt());
    }
}
