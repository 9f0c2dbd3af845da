package fr.tandem.plan;

/** Where a grant claim stands: sent to the funder, paid by it, or withdrawn by the city. */
public enum GrantClaimStatus {
    SUBMITTED,
    PAID,
    CANCELLED
}
