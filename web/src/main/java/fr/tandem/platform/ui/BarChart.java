package fr.tandem.platform.ui;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * Writes the Chart.js configuration that {@code p:chart} draws: bars for one or more series over
 * the same labels. Pages put the same figures in a table next to the chart, for screen readers.
 * The labels are data (school and circonscription names): the configuration is written by
 * {@link PageJson}, which makes it safe inside the page's inline script.
 */
public final class BarChart {

    /** Found once: each {@code Json.createX} call looks the provider up again through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

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
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder values = JSON.createArrayBuilder();
            one.values().forEach(v -> values.add(v.doubleValue()));
            datasets.add(JSON.createObjectBuilder().add("label", one.label()).add("data", values)
                    .add("backgroundColor", one.color()));
        }
        return PageJson.of(JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", JSON.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder().add("indexAxis", indexAxis).add("responsive", true))
                .build());
    }
}
