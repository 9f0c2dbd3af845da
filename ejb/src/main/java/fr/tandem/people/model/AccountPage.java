package fr.tandem.people.model;

import java.util.List;

/** A window of the account list and how many accounts match in all. */
public record AccountPage(long total, List<AccountSummary> items) {
}
