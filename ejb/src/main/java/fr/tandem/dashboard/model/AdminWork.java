package fr.tandem.dashboard.model;

import fr.tandem.people.model.AccountSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrator's home: accounts to look at (invitations not taken up yet, accounts deactivated lately). */
@Schema(description = "An administrator's part of the home page: accounts invited that have not logged in yet "
        + "(invitationsPending), accounts deactivated in the last 30 days (deactivated).")
public record AdminWork(
        @Schema(required = true) HomeList<AccountSummary> invitationsPending,
        @Schema(required = true) HomeList<AccountSummary> deactivated) {
}
