package fr.tandem.training.model;

/**
 * What a pass of the approvers' digest did: how many inspectors have requests waiting (each gets
 * one digest a day, whatever the number of passes), and how many teachers were told their request
 * still waits.
 */
public record ApproverDigestRun(int inspectorsWithRequests, int waitingNotices) {
}
