package fr.tandem.dashboard.model;

/** What a pass of the equipment arrivals' digest did: how many inspectors it mailed (none twice a day). */
public record ArrivalDigestRun(int inspectorsMailed) {
}
