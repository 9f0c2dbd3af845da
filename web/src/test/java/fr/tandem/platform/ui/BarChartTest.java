package fr.tandem.platform.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void hostileLabelsAreWrittenSafeForTheInlineScriptAndReadBackAsSent() {
        List<String> labels = PageJsonTest.HOSTILE;
        String config = BarChart.horizontal(labels, List.of(
                new BarChart.Series("Fait </script>", BarChart.DONE, Collections.nCopies(labels.size(), 1)),
                new BarChart.Series("Dû", BarChart.DUE, Collections.nCopies(labels.size(), 2.5))));
        for (String unsafe : List.of("<", ">", "&", "'", "\u2028", "\u2029")) {
            assertThat(config, not(containsString(unsafe)));
        }
        JsonObject chart;
        try (JsonReader reader = Json.createReader(new StringReader(config))) {
            chart = reader.readObject();
        }
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString), is(labels));
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"),
                is("Fait </script>"));
        assertThat(chart.getJsonObject("options").getString("indexAxis"), is("y"));
    }
}
