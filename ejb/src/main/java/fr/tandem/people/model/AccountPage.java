package fr.tandem.people.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A window of the account list and how many accounts match in all. Accounts are counted exactly,
 * so {@code totalExact} is always true; it is there for the shape every paged list shares.
 */
@Schema(description = "One page of the accounts that match a search, and how many match in all.")
public record AccountPage(
        @Schema(required = true, description = "How many accounts match in all") long total,
        @Schema(required = true, description = "Always true: accounts are counted exactly") boolean totalExact,
        @Schema(required = true, description = "The accounts of the page, by last name, first name and username")
        List<AccountSummary> items) {

    /** A page with an exact total. */
    public AccountPage(long total, List<AccountSummary> items) {
        this(total, true, items);
    }
}
