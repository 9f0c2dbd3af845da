package fr.tandem.people.model;

import fr.tandem.people.Role;
import java.util.Set;

/**
 * What an administrator types to create or change an account. The password is only read on
 * creation or when set (a reset); the version guards against overwriting someone else's change. The
 * city (its id) is that of a city employee or councillor; left out on a change, it stays as it was.
 */
public record AccountForm(String username, String firstName, String lastName, String email, Set<Role> roles,
                          String schoolUai, String circonscriptionCode, Integer workingTimePercent, String password,
                          Long version, Long cityId) {
}
