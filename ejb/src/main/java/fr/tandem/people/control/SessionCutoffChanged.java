package fr.tandem.people.control;

/**
 * Fired when a change alters whether the page sessions of an account may go on (deactivation,
 * reactivation, new roles, new password); observed once the change is committed.
 */
public record SessionCutoffChanged(String username) {
}
