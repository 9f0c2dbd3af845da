package fr.tandem.dashboard.ui;

import fr.tandem.dashboard.boundary.SchoolOverviews;
import fr.tandem.dashboard.model.SchoolOverview;
import fr.tandem.dashboard.model.TrainingFigures;
import fr.tandem.equipment.model.SchoolYearCost;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.BarChart;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A school's page ({@code /schools/school.xhtml?uai=…}): one include per section, each shown when the
 * boundary gave it; a school the reader may not see answers 404.
 */
@Named
@ViewScoped
public class SchoolView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SchoolOverviews overviews;

    private String uai;
    private SchoolOverview overview;

    /** Loads the school of the address, or answers 404. */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            overview = overviews.overview(uai);
        } catch (RuleViolation hidden) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    /** Items per type, in service, broken and in repair, as a stacked bar chart. */
    public String getEquipmentChart() {
        List<SchoolOverview.TypeCount> types = overview.equipment().types();
        return BarChart.horizontal(types.stream().map(t -> UiMessages.text("schoolPage.type." + t.type())).toList(),
                List.of(new BarChart.Series(UiMessages.text("schoolPage.inService"), BarChart.DONE,
                                types.stream().map(SchoolOverview.TypeCount::inService).toList()),
                        new BarChart.Series(UiMessages.text("schoolPage.outOfService"), BarChart.ALERT,
                                types.stream().map(t -> t.broken() + t.inRepair()).toList())));
    }

    /** The school's equipment cost per year (purchases, interventions and licences, net of grants), as bars. */
    public String getCostChart() {
        List<SchoolYearCost> years = overview.costs();
        return BarChart.vertical(years.stream().map(y -> String.valueOf(y.year())).toList(),
                List.of(new BarChart.Series(UiMessages.text("schoolPage.costTotal"), BarChart.DONE,
                        years.stream().map(SchoolYearCost::total).toList())));
    }

    /** Hours done per theme (the themes shown apart), as bars. */
    public String getTrainingChart() {
        List<TrainingFigures.Row> themes = overview.training().themes().stream().filter(r -> !r.hidden()).toList();
        return BarChart.horizontal(themes.stream().map(TrainingFigures.Row::name).toList(),
                List.of(new BarChart.Series(UiMessages.text("schoolPage.hoursDone"), BarChart.DONE,
                        themes.stream().map(r -> r.minutesDone() / 60.0).toList())));
    }

    /** Per equipment type: items in service, teachers, and teachers trained on it. */
    public String getEquipmentTrainingChart() {
        return EquipmentTrainingChart.of(overview.equipmentTraining());
    }

    public SchoolOverview getOverview() {
        return overview;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }
}
