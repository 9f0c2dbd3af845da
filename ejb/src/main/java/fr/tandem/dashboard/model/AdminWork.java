package fr.tandem.dashboard.model;

import fr.tandem.people.model.AccountSummary;

/** An administrator's home: accounts to look at (invitations not taken up yet, accounts deactivated lately). */
public record AdminWork(HomeList<AccountSummary> invitationsPending, HomeList<AccountSummary> deactivated) {
}
