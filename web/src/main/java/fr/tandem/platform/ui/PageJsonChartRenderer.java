package fr.tandem.platform.ui;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.chart.Chart;
import org.primefaces.component.chart.ChartRenderer;

/**
 * PrimeFaces' chart, whose configuration goes through {@link PageJson} whatever wrote it:
 * PrimeFaces writes it as it is into the inline script that draws the chart, where a label holding
 * {@code </script>} would end the script (registered for every {@code p:chart} in faces-config.xml).
 */
public class PageJsonChartRenderer extends ChartRenderer {

    @Override
    protected String renderConfig(FacesContext context, Chart chart) throws IOException {
        return PageJson.escape(super.renderConfig(context, chart));
    }
}
