package fr.tandem.people.model;

import java.util.List;
import java.util.Set;

/**
 * One person as a directory describes them: the claims of a single sign-on, or a line of a people
 * import. Tandem derives the account's roles, school and circonscription from it
 * ({@code fr.tandem.people.control.DirectoryAccounts}).
 *
 * @param username           the login name; may be null when the e-mail is given (one is then derived from it)
 * @param schoolUais         UAIs of the person's schools or circonscription, the first known school being
 *                           their school; may be empty
 * @param function           ENS, DIR, IEN, CPC, ERUN, a city function (DSI, ELU) or a role name; may be null
 * @param groups             groups the provider puts the person in (a city's provider); may be empty
 * @param workingTimePercent quotité; null means full time for a teacher
 */
public record DirectoryPerson(String username, String email, String firstName, String lastName,
                              List<String> schoolUais, String function, Set<String> groups,
                              Integer workingTimePercent) {

    public DirectoryPerson {
        schoolUais = schoolUais == null ? List.of() : List.copyOf(schoolUais);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
