package fr.tandem.equipment.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An in-app notice of equipment: a warranty ending ({@code WARRANTY_END}: the item), a contract's
 * notice deadline ({@code CONTRACT_NOTICE}) or end ({@code CONTRACT_END}: the contract), at a stage.
 */
public record EquipmentNotice(long id, String topic, long subjectId, String label, int stageDays, LocalDate dueOn,
                              Instant firedAt, boolean read) {
}
