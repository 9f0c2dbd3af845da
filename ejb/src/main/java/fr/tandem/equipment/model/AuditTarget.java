package fr.tandem.equipment.model;

/** An item to check in an open campaign: the audit form's subject. */
public record AuditTarget(long campaignId, String campaignName, AuditLine item) {
}
