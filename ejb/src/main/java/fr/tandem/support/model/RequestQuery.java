package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestStatus;

/**
 * Filters and order of the city staff's queue.
 *
 * @param openOnly  leave out resolved and closed requests
 * @param assignee  a username, or {@code "-"} for requests nobody has
 * @param sort      createdAt, resolutionDue, status, category, schoolName or subject
 * @param text      words each found in the title, description, school name or requester's name (any case)
 */
public record RequestQuery(String text, RequestStatus status, RequestCategory category, String schoolUai, String assignee,
                           boolean openOnly, boolean overdueOnly, String sort, boolean ascending) {
}
