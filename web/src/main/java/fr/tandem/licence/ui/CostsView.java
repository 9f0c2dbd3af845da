package fr.tandem.licence.ui;

import fr.tandem.licence.boundary.CostLine;
import fr.tandem.licence.boundary.CostReport;
import fr.tandem.licence.boundary.LicenceReports;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;

/** Licence spending by school, product, funding source and school year, as tables and stacked bar charts. */
@Named
@ViewScoped
public class CostsView implements Serializable {

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

    /** A Chart.js configuration: one stacked bar per key, the grant's share and the city's. */
    public String chart(List<CostLine> lines) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder grant = Json.createArrayBuilder();
        JsonArrayBuilder city = Json.createArrayBuilder();
        for (CostLine line : lines) {
            labels.add(label(line.key()));
            grant.add(line.grant());
            city.add(line.city());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", LicenceTexts.BUNDLE.text("costs.grant"))
                                        .add("data", grant).add("backgroundColor", "#2e7d32"))
                                .add(Json.createObjectBuilder().add("label", LicenceTexts.BUNDLE.text("costs.city"))
                                        .add("data", city).add("backgroundColor", "#1565c0"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", lines.size() > 8 ? "y" : "x")
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build().toString();
    }
}
