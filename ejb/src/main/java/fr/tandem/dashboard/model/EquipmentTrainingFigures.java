package fr.tandem.dashboard.model;

import fr.tandem.equipment.EquipmentType;
import java.util.List;

/**
 * Equipment delivered against teachers trained to use it, in the schools in view: per equipment
 * type, the items in service, the active teachers of the schools holding that type, and how many of
 * them were present at a session of an offer teaching it. Per circonscription, or per school once a
 * circonscription or school is chosen. Aggregates only: per type, lines of fewer than {@code minGroup}
 * teachers are merged into one line with an empty code, whose trained count is left out ({@code null})
 * while it is still that small; so is a type's total then.
 */
public record EquipmentTrainingFigures(int minGroup, List<TypeTotal> types, List<Row> rows) {

    /** One equipment type over the whole view. */
    public record TypeTotal(EquipmentType type, long inService, int teachers, Integer trained) {

        /** The share of the teachers trained, in whole percent; null when hidden or nobody teaches there. */
        public Integer sharePercent() {
            return share(trained, teachers);
        }
    }

    /** One circonscription or school (or the merged line) and one equipment type. */
    public record Row(String code, String name, EquipmentType type, long inService, int teachers, Integer trained) {

        /** The share of the teachers trained, in whole percent; null when hidden or nobody teaches there. */
        public Integer sharePercent() {
            return share(trained, teachers);
        }
    }

    private static Integer share(Integer trained, int teachers) {
        return trained == null || teachers == 0 ? null : (int) Math.round(trained * 100.0 / teachers);
    }
}
