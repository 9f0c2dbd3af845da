package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.EquipmentTrainingFigures;
import fr.tandem.equipment.EquipmentType;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Equipment delivered against teachers trained on it, added up per circonscription or school and per
 * equipment type from {@link EquipmentTrainingCounts}; for each type, lines of fewer than
 * {@code tandem.privacy.minGroup} teachers merged by {@link SmallGroups}.
 */
@Dependent
public class EquipmentTrainingSection {

    @Inject
    @ConfigProperty(name = "tandem.privacy.minGroup", defaultValue = "5")
    int minGroup;

    @Inject
    EquipmentTrainingCounts counts;

    public EquipmentTrainingFigures of(DashboardFilter filter) {
        Scope scope = new Scope(filter);
        Map<EquipmentType, Map<String, Line>> byType = new EnumMap<>(EquipmentType.class);
        for (EquipmentTrainingCounts.Count count : counts.of(scope::keeps)) {
            byType.computeIfAbsent(count.type(), t -> new TreeMap<>())
                    .computeIfAbsent(scope.lineName(count.school()), name -> new Line(scope.lineCode(count.school()),
                            name, count.type()))
                    .add(count);
        }
        String othersName = scope.perSchool() ? TrainingSection.OTHER_SCHOOLS : TrainingSection.OTHER_CIRCONSCRIPTIONS;
        List<EquipmentTrainingFigures.TypeTotal> totals = new ArrayList<>();
        List<EquipmentTrainingFigures.Row> rows = new ArrayList<>();
        byType.forEach((type, lines) -> {
            List<EquipmentTrainingFigures.Row> typeRows = lines.values().stream().map(Line::row).toList();
            SmallGroups.Split<EquipmentTrainingFigures.Row> split = SmallGroups.split(typeRows,
                    EquipmentTrainingFigures.Row::teachers, minGroup);
            rows.addAll(split.shown());
            if (!split.merged().isEmpty()) {
                rows.add(shown(sum("", othersName, type, split.merged())));
            }
            EquipmentTrainingFigures.Row total = shown(sum("", "", type, typeRows));
            totals.add(new EquipmentTrainingFigures.TypeTotal(type, total.inService(), total.teachers(),
                    total.trained()));
        });
        return new EquipmentTrainingFigures(minGroup, totals, rows);
    }

    private EquipmentTrainingFigures.Row shown(EquipmentTrainingFigures.Row row) {
        return SmallGroups.tooSmall(row.teachers(), minGroup)
                ? new EquipmentTrainingFigures.Row(row.code(), row.name(), row.type(), row.inService(), row.teachers(),
                null) : row;
    }

    private static EquipmentTrainingFigures.Row sum(String code, String name, EquipmentType type,
                                                    List<EquipmentTrainingFigures.Row> rows) {
        return new EquipmentTrainingFigures.Row(code, name, type,
                rows.stream().mapToLong(EquipmentTrainingFigures.Row::inService).sum(),
                rows.stream().mapToInt(EquipmentTrainingFigures.Row::teachers).sum(),
                rows.stream().mapToInt(EquipmentTrainingFigures.Row::trained).sum());
    }

    /** Sums of one line and type while they are added up. */
    private static final class Line {
        final String code;
        final String name;
        final EquipmentType type;
        long inService;
        int teachers;
        int trained;

        Line(String code, String name, EquipmentType type) {
            this.code = code;
            this.name = name;
            this.type = type;
        }

        void add(EquipmentTrainingCounts.Count count) {
            inService += count.inService();
            teachers += count.teachers();
            trained += count.trained();
        }

        EquipmentTrainingFigures.Row row() {
            return new EquipmentTrainingFigures.Row(code, name, type, inService, teachers, trained);
        }
    }
}
