package fr.tandem.equipment.model;

import fr.tandem.platform.persistence.BoundedCount;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A window of the inventory and how many items match in all.
 * {@code total} is exact when {@code totalExact}; otherwise more than {@link BoundedCount#BOUND}
 * items match and {@code total} is {@code BOUND + 1}, a lower bound.
 */
@Schema(description = "A page of the equipment inventory and how many items match in all.")
public record EquipmentPage(
        @Schema(required = true, description = "How many items match: exact when totalExact, otherwise a lower "
                + "bound (1001: more than 1000 match)")
        long total,
        @Schema(required = true, description = "Whether total is exact") boolean totalExact,
        @Schema(required = true, description = "The items of the page, in the order asked")
        List<EquipmentSummary> items) {

    /** A page with a total counted by {@link BoundedCount}. */
    public EquipmentPage(long total, List<EquipmentSummary> items) {
        this(total, BoundedCount.exact(total), items);
    }
}
