package fr.tandem.equipment.model;

import fr.tandem.platform.persistence.BoundedCount;
import java.util.List;

/**
 * A window of the inventory and how many items match in all.
 * {@code total} is exact when {@code totalExact}; otherwise more than {@link BoundedCount#BOUND}
 * items match and {@code total} is {@code BOUND + 1}, a lower bound.
 */
public record EquipmentPage(long total, boolean totalExact, List<EquipmentSummary> items) {

    /** A page with a total counted by {@link BoundedCount}. */
    public EquipmentPage(long total, List<EquipmentSummary> items) {
        this(total, BoundedCount.exact(total), items);
    }
}
