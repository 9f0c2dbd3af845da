package fr.tandem.licence.ui;

import fr.tandem.licence.boundary.LicenceReports;
import fr.tandem.licence.model.CostLine;
import fr.tandem.licence.model.CostReport;
import fr.tandem.platform.ui.PageJson;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.util.List;

/** Licence spending by school, product, funding source and school year, as tables and stacked bar charts. */
@Named
@ViewScoped
public class CostsView implements Serializable {

    /** Found once: each {@code Json.createX} call looks the provider up again through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;

    @EJB
    transient LicenceReports reports;

    private CostReport costs;

    @PostConstruct
    void load() {
        costs = reports.costs();
    }

    public CostReport getCosts() {
        return costs;
    }

    /** A key as people read it: funding sources and "not assigned" in their language, other keys as they are. */
    public String label(String key) {
        return switch (key) {
            case LicenceReports.CITY -> LicenceTexts.BUNDLE.text("costs.city");
            case LicenceReports.UNASSIGNED -> LicenceTexts.BUNDLE.text("reconciliation.unassigned");
            case "TNE", "OTHER_GRANT" -> LicenceTexts.BUNDLE.text("grant." + key);
            default -> key;
        };
    }

    /**
     * A Chart.js configuration: one stacked bar per key, the grant's share and the city's. Keys are
     * data (school and product names): written by {@link PageJson} for the page's inline script.
     */
    public String chart(List<CostLine> lines) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder grant = JSON.createArrayBuilder();
        JsonArrayBuilder city = JSON.createArrayBuilder();
        for (CostLine line : lines) {
            labels.add(label(line.key()));
            grant.add(line.grant());
            city.add(line.city());
        }
        return PageJson.of(JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder().add("label", LicenceTexts.BUNDLE.text("costs.grant"))
                                        .add("data", grant).add("backgroundColor", "#2e7d32"))
                                .add(JSON.createObjectBuilder().add("label", LicenceTexts.BUNDLE.text("costs.city"))
                                        .add("data", city).add("backgroundColor", "#1565c0"))))
                .add("options", JSON.createObjectBuilder()
                        .add("indexAxis", lines.size() > 8 ? "y" : "x")
                        .add("scales", JSON.createObjectBuilder()
                                .add("x", JSON.createObjectBuilder().add("stacked", true))
                                .add("y", JSON.createObjectBuilder().add("stacked", true))))
                .build());
    }
}
