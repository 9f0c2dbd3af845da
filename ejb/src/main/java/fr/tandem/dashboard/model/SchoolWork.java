package fr.tandem.dashboard.model;

import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.support.model.RequestSummary;

/** A head teacher's school at a glance: its open requests, its equipment out of order, its licences. */
public record SchoolWork(HomeList<RequestSummary> openRequests, HomeList<EquipmentSummary> outOfOrder,
                         HomeList<AssignmentSummary> licences) {
}
