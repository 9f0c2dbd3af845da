package fr.tandem.support.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestStatus;
import java.time.Instant;

/**
 * A request as lists show it, with its service-level due times (working hours counted by the
 * service clock) and whether it is overdue now.
 *
 * @param unreadReply in the school's own lists: the city wrote a reply the reader has not read yet
 */
public record RequestSummary(long id, String schoolUai, String schoolName, Long equipmentId, String equipmentSerial,
                             EquipmentType equipmentType, String room, RequestCategory category, String subject,
                             RequestStatus status, String requesterName, String assigneeUsername, String assigneeName,
                             Instant createdAt, Instant firstAnsweredAt, Instant firstAnswerDue, Instant resolvedAt,
                             Instant resolutionDue, boolean overdue, Instant referredToInspectorAt, boolean reopenable,
                             long version, boolean unreadReply) {
}
