package fr.tandem.licence.model;

import fr.tandem.licence.AssignmentTarget;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Seats of a licence given to a school, class, teacher or device, with what teachers need to use
 * them; for a device, its id and label.
 */
@Schema(description = "Seats of a licence given to a school, a class, a teacher or a device, with what teachers "
        + "need to use them.")
public record AssignmentSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long licenceId,
        @Schema(required = true) String productName,
        @Schema(required = true, description = "The school's UAI", example = "0341234X") String uai,
        @Schema(required = true) String schoolName,
        @Schema(required = true) AssignmentTarget target,
        @Schema(description = "The class, for the CLASS target", example = "CM1 B") String className,
        @Schema(description = "The teacher's username, for the TEACHER target") String teacherUsername,
        @Schema(description = "The teacher's name, for the TEACHER target") String teacherName,
        @Schema(required = true, description = "How many seats", example = "25") int seats,
        @Schema(required = true, description = "When the seats were assigned, an instant in UTC",
                example = "2026-09-01T08:30:00Z")
        Instant assignedAt,
        @Schema(description = "When the seats were released, an instant in UTC; absent while they are held")
        Instant releasedAt,
        @Schema(required = true, description = "The licence's last day of validity, included (a Paris day)",
                example = "2027-08-31")
        LocalDate validUntil,
        @Schema(required = true, description = "Whether the seats may be released or moved to someone else")
        boolean transferable,
        @Schema(description = "How teachers reach the product (the product's instructions)") String accessInstructions,
        @Schema(description = "The equipment item's id, for the DEVICE target") Long equipmentId,
        @Schema(description = "The device's label (type, brand, serial number), for the DEVICE target, when the "
                + "list gives it")
        String deviceLabel) {
}
