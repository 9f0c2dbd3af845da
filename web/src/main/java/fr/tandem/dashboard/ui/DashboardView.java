package fr.tandem.dashboard.ui;

import fr.tandem.dashboard.boundary.Dashboard;
import fr.tandem.dashboard.model.DashboardFigures;
import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.EquipmentFigures;
import fr.tandem.dashboard.model.LicenceFigures;
import fr.tandem.dashboard.model.RequestFigures;
import fr.tandem.dashboard.model.EquipmentTrainingFigures;
import fr.tandem.dashboard.model.SatisfactionFigures;
import fr.tandem.dashboard.model.TrainingFigures;
import fr.tandem.people.ui.CurrentUser;
import fr.tandem.platform.Paging;
import fr.tandem.platform.ui.BarChart;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.platform.ui.UiTexts;
import fr.tandem.school.boundary.Cities;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import fr.tandem.school.model.CitySummary;
import fr.tandem.school.model.SchoolQuery;
import fr.tandem.school.model.SchoolSummary;
import fr.tandem.training.SchoolYear;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The dashboard page: a school year, a circonscription, a school and (for admins) a city to narrow it;
 * figures, charts and exports; the teachers' satisfaction per month and category, with the requests
 * the knowledge base spared.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Dashboard dashboard;

    @EJB
    transient Schools schools;

    @EJB
    transient Cities cities;

    @Inject
    CurrentUser currentUser;

    private Integer schoolYear = SchoolYear.of(Instant.now()).startYear();
    private String circonscriptionCode;
    private String schoolUai;
    private Long cityId;
    private List<CitySummary> cityChoices = List.of();
    private DashboardFigures figures;
    private SatisfactionFigures satisfaction;
    private EquipmentTrainingFigures equipmentTraining;
    private List<CirconscriptionSummary> circonscriptions;
    private List<SchoolSummary> schoolChoices;

    @PostConstruct
    void init() {
        circonscriptions = schools.circonscriptionsOfMyTerritory();
        if (currentUser.is("ADMIN")) {
            cityChoices = cities.list();
        }
        refresh();
    }

    private boolean wholeBase;

    /** The circonscription choices widened to the whole database, or back to the partner cities' territory. */
    public void territoryChanged() {
        circonscriptions = wholeBase ? schools.circonscriptions() : schools.circonscriptionsOfMyTerritory();
        if (circonscriptionCode != null && circonscriptions.stream().noneMatch(c -> c.code().equals(circonscriptionCode))) {
            circonscriptionCode = null;
        }
    }

    public boolean isWholeBase() {
        return wholeBase;
    }

    public void setWholeBase(boolean wholeBase) {
        this.wholeBase = wholeBase;
    }

    /** Applies the filters. */
    public void refresh() {
        UiMessages.attempt(() -> {
            figures = dashboard.figures(filter());
            satisfaction = dashboard.satisfaction(filter());
            equipmentTraining = dashboard.equipmentTraining(filter());
            schoolChoices = schools.search(new SchoolQuery(null, figures.filter().circonscriptionCode(), null, null,
                    null, "name", true, 0, Paging.MAX_SIZE)).items();
        });
    }

    private DashboardFilter filter() {
        return new DashboardFilter(schoolYear, circonscriptionCode, schoolUai, cityId);
    }

    /** The last three school years and the next one. */
    public List<Integer> getSchoolYears() {
        int current = SchoolYear.of(Instant.now()).startYear();
        return List.of(current + 1, current, current - 1, current - 2);
    }

    public String yearLabel(int startYear) {
        return new SchoolYear(startYear).label();
    }

    /** Hours done and due per circonscription or school (groups too small to show them left out). */
    public String getTrainingChart() {
        List<TrainingFigures.Row> rows = figures.training().rows().stream().filter(r -> !r.hidden()).toList();
        return BarChart.horizontal(rows.stream().map(TrainingFigures.Row::name).toList(), List.of(
                new BarChart.Series(UiMessages.text("hours.chart.done"), BarChart.DONE,
                        rows.stream().map(r -> r.minutesDone() / 60.0).toList()),
                new BarChart.Series(UiMessages.text("hours.chart.due"), BarChart.DUE,
                        rows.stream().map(r -> r.minutesDue() / 60.0).toList())));
    }

    /** Seats assigned and used per circonscription or school. */
    public String getLicenceChart() {
        List<LicenceFigures.Row> rows = figures.licences().rows().stream().filter(r -> !r.name().isEmpty()).toList();
        return BarChart.horizontal(rows.stream().map(LicenceFigures.Row::name).toList(), List.of(
                new BarChart.Series(UiMessages.text("dashboard.licences.used"), BarChart.DONE,
                        rows.stream().map(LicenceFigures.Row::seatsUsed).toList()),
                new BarChart.Series(UiMessages.text("dashboard.licences.assigned"), BarChart.DUE,
                        rows.stream().map(LicenceFigures.Row::seatsAssigned).toList())));
    }

    /** Items in place and out of service per circonscription or school. */
    public String getEquipmentChart() {
        List<EquipmentFigures.Row> rows = figures.equipment().rows();
        return BarChart.horizontal(rows.stream().map(EquipmentFigures.Row::name).toList(), List.of(
                new BarChart.Series(UiMessages.text("dashboard.equipment.deployed"), BarChart.DONE,
                        rows.stream().map(EquipmentFigures.Row::deployed).toList()),
                new BarChart.Series(UiMessages.text("dashboard.equipment.out"), BarChart.ALERT,
                        rows.stream().map(EquipmentFigures.Row::outOfService).toList())));
    }

    /** Open and overdue requests per category. */
    public String getRequestChart() {
        List<RequestFigures.Row> rows = figures.requests().rows();
        UiTexts categories = new UiTexts("i18n.support");
        return BarChart.vertical(rows.stream().map(r -> categories.text("sup.category." + r.category())).toList(),
                List.of(new BarChart.Series(UiMessages.text("dashboard.requests.open"), BarChart.DUE,
                                rows.stream().map(RequestFigures.Row::open).toList()),
                        new BarChart.Series(UiMessages.text("dashboard.requests.overdue"), BarChart.ALERT,
                                rows.stream().map(RequestFigures.Row::overdue).toList())));
    }

    /** Satisfied and not satisfied ratings per month of the school year. */
    public String getSatisfactionChart() {
        List<SatisfactionFigures.Row> rows = satisfaction.months();
        return BarChart.vertical(rows.stream().map(r -> monthLabel(r.key())).toList(),
                List.of(new BarChart.Series(UiMessages.text("dashboard.satisfaction.satisfied"), BarChart.DONE,
                                rows.stream().map(SatisfactionFigures.Row::satisfied).toList()),
                        new BarChart.Series(UiMessages.text("dashboard.satisfaction.notSatisfied"), BarChart.ALERT,
                                rows.stream().map(SatisfactionFigures.Row::notSatisfied).toList())));
    }

    /** Per equipment type: items in service, teachers of the schools holding it, and those trained on it. */
    public String getEquipmentTrainingChart() {
        return EquipmentTrainingChart.of(equipmentTraining);
    }

    public EquipmentTrainingFigures getEquipmentTraining() {
        return equipmentTraining;
    }

    /** A month ({@code 2026-09}) as the page's language names it ("sept. 2026"). */
    public String monthLabel(String month) {
        return YearMonth.parse(month).format(DateTimeFormatter.ofPattern("MMM yyyy",
                UiMessages.locale()));
    }

    public StreamedContent getSatisfactionCsv() {
        return Downloads.of(dashboard.satisfactionCsv(filter()), "text/csv; charset=UTF-8", "satisfaction.csv");
    }

    public SatisfactionFigures getSatisfaction() {
        return satisfaction;
    }

    /** An amount in euros, in the page's language. */
    public String euros(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(UiMessages.locale());
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    /** A share in whole percent, or a dash when there is nothing to share or the figures are hidden. */
    public String percent(Long part, Long whole) {
        return part == null || whole == null || whole == 0 ? "—" : Math.round(part * 100.0 / whole) + " %";
    }

    /** A line's name, the merged line of small groups in the page's language. */
    public String lineName(TrainingFigures.Row row) {
        if (!row.code().isEmpty()) {
            return row.name();
        }
        return UiMessages.text(figures.filter().circonscriptionCode() == null && figures.filter().schoolUai() == null
                ? "dashboard.training.otherCirconscriptions" : "dashboard.training.otherSchools");
    }

    public StreamedContent getCsv() {
        return Downloads.of(dashboard.csv(filter()), "text/csv; charset=UTF-8", "tableau-de-bord.csv");
    }

    public StreamedContent getPdf() {
        return Downloads.of(dashboard.pdf(filter()), "application/pdf", "tableau-de-bord.pdf");
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public List<CirconscriptionSummary> getCirconscriptions() {
        return circonscriptions;
    }

    public List<SchoolSummary> getSchoolChoices() {
        return schoolChoices;
    }

    public Integer getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(Integer schoolYear) {
        this.schoolYear = schoolYear;
    }

    public String getCirconscriptionCode() {
        return circonscriptionCode;
    }

    public void setCirconscriptionCode(String circonscriptionCode) {
        this.circonscriptionCode = circonscriptionCode;
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public void setSchoolUai(String schoolUai) {
        this.schoolUai = schoolUai;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    /** The cities an administrator may narrow the dashboard to (none for the other roles). */
    public List<CitySummary> getCityChoices() {
        return cityChoices;
    }
}
