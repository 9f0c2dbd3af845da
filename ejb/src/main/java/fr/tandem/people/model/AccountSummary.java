package fr.tandem.people.model;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the admin pages, the profile page and the REST API show of an account (never its password hash). */
@Schema(description = "A person's account: identity, roles, workplace and state (never its password).")
public record AccountSummary(
        @Schema(required = true, example = "jdupont") String username,
        @Schema(required = true) String firstName,
        @Schema(required = true) String lastName,
        @Schema(required = true) String email,
        @Schema(required = true, description = "At least one") Set<Role> roles,
        @Schema(description = "The UAI of the school of a teacher or head teacher", example = "0341234X")
        String schoolUai,
        @Schema(description = "The name of the school of a teacher or head teacher") String schoolName,
        @Schema(description = "The code of an inspector's circonscription") String circonscriptionCode,
        @Schema(description = "The name of an inspector's circonscription") String circonscriptionName,
        @Schema(description = "A teacher's or head teacher's working time, in percent (10 to 100)", example = "80")
        Integer workingTimePercent,
        @Schema(required = true, description = "The language the person reads Tandem in", enumeration = {"fr", "en"})
        String language,
        @Schema(required = true, description = "False once deactivated: the account can no longer log in") boolean active,
        @Schema(required = true, description = "When the account was created (UTC)") Instant createdAt,
        @Schema(description = "When the account was deactivated (UTC); absent while active") Instant deactivatedAt,
        @Schema(required = true, description = "Whether the account has a password (an invited person has none until "
                + "they choose it)") boolean passwordSet,
        @Schema(required = true, description = "The version to send back with a change (AccountForm.version)")
        long version,
        @Schema(description = "The id of the city of a city employee or councillor") Long cityId,
        @Schema(description = "The name of the city of a city employee or councillor") String cityName) {

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
