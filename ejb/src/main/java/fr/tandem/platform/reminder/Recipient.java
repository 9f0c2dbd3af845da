package fr.tandem.platform.reminder;

import fr.tandem.platform.Language;

/** Someone a reminder mail goes to, in their language. */
public record Recipient(String username, String email, Language language) {
}
