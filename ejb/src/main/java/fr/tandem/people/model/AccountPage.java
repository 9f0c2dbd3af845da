package fr.tandem.people.model;

import java.util.List;

/**
 * A window of the account list and how many accounts match in all. Accounts are counted exactly,
 * so {@code totalExact} is always true; it is there for the shape every paged list shares.
 */
public record AccountPage(long total, boolean totalExact, List<AccountSummary> items) {

    /** A page with an exact total. */
    public AccountPage(long total, List<AccountSummary> items) {
        this(total, true, items);
    }
}
