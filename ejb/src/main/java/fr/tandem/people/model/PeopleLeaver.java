package fr.tandem.people.model;

import fr.tandem.people.Role;
import java.util.Set;

/**
 * An active account absent from a people file that the import may manage (its roles are all among
 * those the file gives), and whether the import deactivated it.
 */
public record PeopleLeaver(String username, String name, Set<Role> roles, boolean deactivated) {

    public PeopleLeaver {
        roles = Set.copyOf(roles);
    }
}
