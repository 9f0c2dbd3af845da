package fr.tandem.people.model;

import fr.tandem.people.Role;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an administrator types to create or change an account. The password is only read on
 * creation or when set (a reset); the version guards against overwriting someone else's change. The
 * city (its id) is that of a city employee or councillor; left out on a change, it stays as it was.
 */
@Schema(description = "An account as an administrator creates or changes it.")
public record AccountForm(
        @Schema(description = "Required on creation (2 to 60 characters: lower-case letters, digits, '.', '_', '-'; "
                + "stored in lower case); a change keeps the username of the address", example = "jdupont")
        String username,
        @Schema(required = true, description = "Up to 100 characters") String firstName,
        @Schema(required = true, description = "Up to 100 characters") String lastName,
        @Schema(required = true, description = "Up to 200 characters, stored in lower case") String email,
        @Schema(required = true, description = "At least one") Set<Role> roles,
        @Schema(description = "Required for a teacher or head teacher: the UAI of their school", example = "0341234X")
        String schoolUai,
        @Schema(description = "Required for an inspector: the code of their circonscription") String circonscriptionCode,
        @Schema(description = "A teacher's or head teacher's working time, in percent (10 to 100); full time when "
                + "absent; ignored for the other roles", example = "80") Integer workingTimePercent,
        @Schema(description = "Required on creation (12 to 200 characters, not containing the username, not a common "
                + "password); on a change, a non-empty password resets it and revokes the account's tokens")
        String password,
        @Schema(description = "The version read (AccountSummary.version); when given, a change made meanwhile by "
                + "someone else is refused with 409 instead of being overwritten") Long version,
        @Schema(description = "The id of the city of a city employee or councillor; required for them on creation once a "
                + "city exists; absent on a change, it stays as it was") Long cityId) {
}
