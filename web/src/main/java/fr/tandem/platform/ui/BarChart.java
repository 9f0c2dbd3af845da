package fr.tandem.platform.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * Writes the Chart.js configuration that {@code p:chart} draws: bars for one or more series over
 * the same labels. Pages put the same figures in a table next to the chart, for screen readers.
 */
public final class BarChart {

    /** One series of bars: its legend, its colour and one value per label. */
    public record Series(String label, String color, List<? extends Number> values) {
    }

    /** The colour of what is done (dark blue, 8.6:1 on white). */
    public static final String DONE = "#1d4ed8";
    /** The colour of what is due or bought (grey). */
    public static final String DUE = "#9ca3af";
    /** The colour of what needs attention (dark orange). */
    public static final String ALERT = "#b45309";

    private BarChart() {
    }

    /** Bars along the horizontal axis, one row per label: readable with long names such as schools. */
    public static String horizontal(List<String> labels, List<Series> series) {
        return of(labels, series, "y");
    }

    /** Bars standing up, one column per label. */
    public static String vertical(List<String> labels, List<Series> series) {
        return of(labels, series, "x");
    }

    private static String of(List<String> labels, List<Series> series, String indexAxis) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            one.values().forEach(v -> values.add(v.doubleValue()));
            datasets.add(Json.createObjectBuilder().add("label", one.label()).add("data", values)
                    .add("backgroundColor", one.color()));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("indexAxis", indexAxis).add("responsive", true))
                .build().toString();
    }
}
