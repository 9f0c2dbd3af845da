package fr.tandem.people.model;

import fr.tandem.people.Invitation;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom an invitation is for and until when it can be used (never its secret). */
@Schema(description = "An invitation sent: whom it is for and until when it can be used (never its secret).")
public record InvitationSummary(
        @Schema(required = true) String username,
        @Schema(required = true, description = "The person's first and last names") String name,
        @Schema(required = true, description = "The address the invitation was mailed to") String email,
        @Schema(required = true, description = "When the invitation stops working (UTC)",
                example = "2027-01-20T08:30:00Z") Instant expiresAt) {

    public static InvitationSummary of(Invitation invitation) {
        return new InvitationSummary(invitation.account().username(), invitation.account().displayName(),
                invitation.account().email(), invitation.expiresAt());
    }
}
