package fr.tandem.dashboard.model;

import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.support.model.RequestSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A head teacher's school at a glance: its open requests, its equipment out of order, its licences. */
@Schema(description = "A head teacher's part of the home page, their school: open requests, equipment broken or "
        + "in repair (outOfOrder), the school's licence seats.")
public record SchoolWork(
        @Schema(required = true) HomeList<RequestSummary> openRequests,
        @Schema(required = true) HomeList<EquipmentSummary> outOfOrder,
        @Schema(required = true) HomeList<AssignmentSummary> licences) {
}
