package fr.tandem.licence.control;

/** One line of the GAR's assignment-count CSV: school, subscription, resource and counts per public. */
public record GarUsageLine(int line, String uai, String subscriptionId, String resourceId, int students, int teachers,
                           int others, String problem) {
}
