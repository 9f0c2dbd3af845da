package fr.tandem.dashboard.model;

import fr.tandem.equipment.EquipmentType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Equipment delivered against teachers trained to use it, in the schools in view: per equipment
 * type, the items in service, the active teachers of the schools holding that type, and how many of
 * them were present at a session of an offer teaching it. Per circonscription, or per school once a
 * circonscription or school is chosen. Aggregates only: per type, lines of fewer than {@code minGroup}
 * teachers are merged into one line with an empty code, whose trained count is left out ({@code null})
 * while it is still that small; so is a type's total then.
 */
@Schema(description = "Equipment in service against teachers trained to use it, in the schools in view; aggregates only.")
public record EquipmentTrainingFigures(
        @Schema(required = true, description = "The privacy minimum: a smaller group's trained count is left out.", example = "5")
        int minGroup,
        @Schema(required = true, description = "One line per equipment type over the whole view.")
        List<TypeTotal> types,
        @Schema(required = true, description = "Per circonscription or school and equipment type; the small ones merged into a "
                + "line with an empty code.")
        List<Row> rows) {

    /** One equipment type over the whole view. */
    @Schema(name = "EquipmentTrainingTypeTotal", description = "One equipment type over the whole view.")
    public record TypeTotal(
            @Schema(required = true) EquipmentType type,
            @Schema(required = true, description = "Items in service.") long inService,
            @Schema(required = true, description = "Active teachers of the schools holding the type.")
            int teachers,
            @Schema(description = "Of them, present at a session of an offer teaching the type; absent under the "
                + "privacy minimum.")
            Integer trained) {

        /** The share of the teachers trained, in whole percent; null when hidden or nobody teaches there. */
        public Integer sharePercent() {
            return share(trained, teachers);
        }
    }

    /** One circonscription or school (or the merged line) and one equipment type. */
    @Schema(name = "EquipmentTrainingRow", description = "One circonscription or school (or the merged small ones) and one equipment type.")
    public record Row(
            @Schema(required = true, description = "The circonscription's code or the school's UAI; empty for the merged line.")
            String code,
            @Schema(required = true) String name,
            @Schema(required = true) EquipmentType type,
            @Schema(required = true, description = "Items in service.") long inService,
            @Schema(required = true, description = "Active teachers of the schools holding the type.")
            int teachers,
            @Schema(description = "Of them, present at a session of an offer teaching the type; absent under the "
                + "privacy minimum.")
            Integer trained) {

        /** The share of the teachers trained, in whole percent; null when hidden or nobody teaches there. */
        public Integer sharePercent() {
            return share(trained, teachers);
        }
    }

    private static Integer share(Integer trained, int teachers) {
        return trained == null || teachers == 0 ? null : (int) Math.round(trained * 100.0 / teachers);
    }
}
