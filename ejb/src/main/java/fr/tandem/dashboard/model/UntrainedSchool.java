package fr.tandem.dashboard.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.training.model.ProposedOffer;
import java.util.List;

/**
 * A school that holds equipment of a type in service while few of its teachers were trained to use
 * it (none, or under the share {@code EquippedUntrained} states), with the open offers teaching that
 * type to propose to its teachers.
 */
public record UntrainedSchool(String uai, String name, String circonscriptionName, EquipmentType type,
                              long inService, int teachers, int trained, List<ProposedOffer> offers) {
}
