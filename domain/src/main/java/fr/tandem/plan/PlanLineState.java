package fr.tandem.plan;

/** Where a plan line stands, in the order it usually moves. */
public enum PlanLineState {
    PLANNED,
    ORDERED,
    DELIVERED,
    IN_SERVICE;

    /** Whether this state comes at or after the other one. */
    public boolean reached(PlanLineState other) {
        return compareTo(other) >= 0;
    }
}
