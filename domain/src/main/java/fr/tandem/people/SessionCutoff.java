package fr.tandem.people;

import java.time.Instant;

/**
 * What decides whether a page session of an account may go on: the account is active and no
 * change (deactivation, new roles, new password) ended its sessions after the session opened.
 *
 * @param active     whether the account may log in
 * @param validAfter sessions opened before this instant are over; null while none was ended
 */
public record SessionCutoff(boolean active, Instant validAfter) {

    /** The cutoff of a username no account has: no session goes on. */
    public static final SessionCutoff UNKNOWN = new SessionCutoff(false, null);

    public boolean allows(Instant openedAt) {
        return active && (validAfter == null || !openedAt.isBefore(validAfter));
    }
}
