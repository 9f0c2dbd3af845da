package fr.tandem.support.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request as lists show it, with its service-level due times (working hours counted by the
 * service clock) and whether it is overdue now.
 *
 * @param unreadReply in the school's own lists: the city wrote a reply the reader has not read yet
 */
@Schema(description = "A request as lists show it, with its service-level due times and whether it is overdue now. "
        + "Instants are written in UTC.")
public record RequestSummary(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The school's UAI.", example = "0341234X") String schoolUai,
        @Schema(required = true) String schoolName,
        @Schema(description = "The item of the inventory concerned; absent when none.") Long equipmentId,
        @Schema(description = "The serial number of the item concerned; absent when none.") String equipmentSerial,
        @Schema(description = "The type of the item concerned; absent when none.") EquipmentType equipmentType,
        @Schema(description = "The room; absent when not given.") String room,
        @Schema(required = true) RequestCategory category,
        @Schema(required = true, description = "The request's title.") String subject,
        @Schema(required = true) RequestStatus status,
        @Schema(required = true, description = "The name of the person who made the request.") String requesterName,
        @Schema(description = "The username of the city staff member it is assigned to; absent while nobody has it.")
        String assigneeUsername,
        @Schema(description = "The name of the city staff member it is assigned to; absent while nobody has it.")
        String assigneeName,
        @Schema(required = true, description = "When it was made.", example = "2027-01-13T08:30:00Z") Instant createdAt,
        @Schema(description = "When the city first answered; absent until then.") Instant firstAnsweredAt,
        @Schema(required = true, description = "When the first answer is due under the category's service level "
                + "(working hours: 08:00-17:00 Paris time, weekdays outside public and school holidays).")
        Instant firstAnswerDue,
        @Schema(description = "When it was resolved; absent until then, and again once reopened.") Instant resolvedAt,
        @Schema(required = true, description = "When the resolution is due under the category's service level "
                + "(working hours).") Instant resolutionDue,
        @Schema(required = true, description = "Whether a due time has passed now: no first answer by its due time, "
                + "or past the resolution's due time.") boolean overdue,
        @Schema(description = "When city staff passed the training need to the circonscription's inspectors; absent "
                + "until then.") Instant referredToInspectorAt,
        @Schema(required = true, description = "Whether it may be reopened now: resolved or closed, within 7 days of "
                + "its resolution.") boolean reopenable,
        @Schema(required = true, description = "The version of the request.") long version,
        @Schema(required = true, description = "In the school's own lists (GET /api/support/requests/mine): the city "
                + "wrote a reply the reader has not read yet; false elsewhere.") boolean unreadReply) {
}
