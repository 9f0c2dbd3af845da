package fr.tandem.people.model;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import java.time.Instant;
import java.util.Set;

/** What the admin pages, the profile page and the REST API show of an account (never its password hash). */
public record AccountSummary(String username, String firstName, String lastName, String email, Set<Role> roles,
                             String schoolUai, String schoolName, String circonscriptionCode,
                             String circonscriptionName, Integer workingTimePercent, String language, boolean active,
                             Instant createdAt, Instant deactivatedAt, boolean passwordSet, long version,
                             Long cityId, String cityName) {

    public static AccountSummary of(Account a) {
        return new AccountSummary(a.username(), a.firstName(), a.lastName(), a.email(), a.roles(),
                a.school() == null ? null : a.school().uai().value(),
                a.school() == null ? null : a.school().name(),
                a.circonscription() == null ? null : a.circonscription().code().value(),
                a.circonscription() == null ? null : a.circonscription().name(),
                a.workingTimePercent(), a.language().code(), a.active(), a.createdAt(), a.deactivatedAt(),
                a.hasPassword(), a.version(), a.city() == null ? null : a.city().id(),
                a.city() == null ? null : a.city().name());
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
