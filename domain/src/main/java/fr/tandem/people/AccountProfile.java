package fr.tandem.people;

import fr.tandem.school.Circonscription;
import fr.tandem.school.School;
import java.util.Set;

/**
 * What an administrator sets on an account: identity, roles and where the person works.
 * {@link Account#update} checks that the pieces fit together.
 */
public record AccountProfile(String firstName, String lastName, String email, Set<Role> roles, School school,
                             Circonscription circonscription, Integer workingTimePercent) {
}
