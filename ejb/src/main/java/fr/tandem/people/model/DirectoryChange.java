package fr.tandem.people.model;

import fr.tandem.people.Role;
import java.util.List;
import java.util.Set;

/**
 * What applying a {@link DirectoryPerson} does (or would do) to Tandem's accounts.
 *
 * @param username      the account's username (derived from the e-mail for a new account without one)
 * @param schoolUai     the UAI of the school the account gets, or null
 * @param changedFields the fields an update changes (empty when created or unchanged)
 */
public record DirectoryChange(Kind kind, String username, Set<Role> roles, String schoolUai,
                              List<String> changedFields) {

    /** Whether the account is new, changed, or already as the directory says. */
    public enum Kind {
        CREATED, UPDATED, UNCHANGED
    }

    public DirectoryChange {
        roles = Set.copyOf(roles);
        changedFields = List.copyOf(changedFields);
    }
}
