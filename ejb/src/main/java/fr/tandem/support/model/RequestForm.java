package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;

/**
 * A new request as a form or a client sends it. A teacher's request is always for their own
 * school ({@code schoolUai} may be left out); city staff name the school.
 *
 * @param equipmentId the item concerned (from its label's QR code), or null
 */
public record RequestForm(String schoolUai, Long equipmentId, String room, RequestCategory category, String subject,
                          String description) {
}
