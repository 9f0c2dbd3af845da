package fr.tandem.dashboard.ui;

import fr.tandem.dashboard.model.EquipmentTrainingFigures;
import fr.tandem.platform.ui.BarChart;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.platform.ui.UiTexts;
import java.util.List;

/**
 * The chart of equipment against training, shared by the dashboard and the school page: per
 * equipment type, items in service, teachers of the schools holding it and teachers trained on it
 * (a trained count hidden for privacy draws as zero; the table next to it says it is hidden).
 */
final class EquipmentTrainingChart {

    private EquipmentTrainingChart() {
    }

    static String of(EquipmentTrainingFigures figures) {
        List<EquipmentTrainingFigures.TypeTotal> types = figures.types();
        UiTexts equipment = new UiTexts("i18n.equipment");
        return BarChart.vertical(types.stream().map(t -> equipment.text("eq.type." + t.type())).toList(), List.of(
                new BarChart.Series(UiMessages.text("equipmentTraining.inService"), BarChart.DUE,
                        types.stream().map(EquipmentTrainingFigures.TypeTotal::inService).toList()),
                new BarChart.Series(UiMessages.text("equipmentTraining.teachers"), BarChart.ALERT,
                        types.stream().map(EquipmentTrainingFigures.TypeTotal::teachers).toList()),
                new BarChart.Series(UiMessages.text("equipmentTraining.trained"), BarChart.DONE,
                        types.stream().map(t -> t.trained() == null ? 0 : t.trained()).toList())));
    }
}
