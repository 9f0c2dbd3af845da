package fr.tandem.platform.reminder;

import java.time.LocalDate;

/**
 * One thing a topic reminds (a licence, an item, a contract), as the pass sees it: its id, its
 * city, the deadline it is reminded of and a label for mails and notices (a product, a serial
 * number and school, a contract's reference).
 */
public record ReminderSubject(long id, Long cityId, LocalDate deadline, String label) {
}
