package fr.tandem.licence.model;

import fr.tandem.licence.AssignmentTarget;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Seats of a licence given to a school, class, teacher or device, with what teachers need to use
 * them; for a device, its id and label.
 */
public record AssignmentSummary(long id, long licenceId, String productName, String uai, String schoolName,
                                AssignmentTarget target, String className, String teacherUsername,
                                String teacherName, int seats, Instant assignedAt, Instant releasedAt,
                                LocalDate validUntil, boolean transferable, String accessInstructions,
                                Long equipmentId, String deviceLabel) {
}
