package fr.tandem.equipment.ui;

import fr.tandem.equipment.boundary.EquipmentCosts;
import fr.tandem.equipment.model.SchoolCosts;
import fr.tandem.equipment.model.SchoolYearCost;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.PageJson;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.function.Function;
import org.primefaces.model.StreamedContent;

/**
 * A school's equipment cost per year (city staff): the school picked by its UAI (kept in the
 * address), a table by year and type, a table and a stacked bar chart by year, and the exports.
 */
@Named
@ViewScoped
public class EquipmentCostsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    transient EquipmentCosts costs;

    private String school;
    private SchoolCosts report;

    /** Called by the view's metadata once the parameter is read. */
    public void load() {
        report = school == null || school.isBlank() ? null : UiMessages.attemptOrNull(() -> costs.schoolCosts(school));
    }

    /** Shows the school picked (its address then names it). */
    public String show() {
        return "/equipment/costs.xhtml?faces-redirect=true&school=" + (school == null ? "" : school.strip());
    }

    public StreamedContent getCsv() {
        return Downloads.of(costs.schoolCostsCsv(report.uai()), "text/csv; charset=UTF-8",
                "couts-materiel-" + report.uai() + ".csv");
    }

    public StreamedContent getExcel() {
        return Downloads.of(costs.schoolCostsExcel(report.uai()), ExcelExport.MEDIA_TYPE,
                "couts-materiel-" + report.uai() + ".xlsx");
    }

    /**
     * A Chart.js configuration: a stacked bar per year, purchases, interventions and licences above
     * the axis, grants below it. Written by {@link PageJson} for the page's inline script.
     */
    public String getChart() {
        JsonArrayBuilder years = JSON.createArrayBuilder();
        for (SchoolYearCost year : report.years()) {
            years.add(String.valueOf(year.year()));
        }
        return PageJson.of(JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", years)
                        .add("datasets", JSON.createArrayBuilder()
                                .add(dataset("costs.purchase", SchoolYearCost::purchase, "#1565c0"))
                                .add(dataset("costs.maintenance", SchoolYearCost::maintenance, "#ef6c00"))
                                .add(dataset("costs.licences", SchoolYearCost::licences, "#6a1b9a"))
                                .add(dataset("costs.grants", y -> y.grants().negate(), "#2e7d32"))))
                .add("options", JSON.createObjectBuilder()
                        .add("scales", JSON.createObjectBuilder()
                                .add("x", JSON.createObjectBuilder().add("stacked", true))
                                .add("y", JSON.createObjectBuilder().add("stacked", true))))
                .build());
    }

    private JsonObjectBuilder dataset(String key, Function<SchoolYearCost, BigDecimal> amount,
                                         String colour) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        report.years().forEach(y -> data.add(amount.apply(y)));
        return JSON.createObjectBuilder().add("label", EquipmentTexts.BUNDLE.text(key)).add("data", data)
                .add("backgroundColor", colour);
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public SchoolCosts getReport() {
        return report;
    }
}
