package fr.tandem.plan.ui;

import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.PlanLineState;
import fr.tandem.plan.Programme;
import fr.tandem.plan.boundary.DigitalPlans;
import fr.tandem.plan.model.LineQuery;
import fr.tandem.plan.model.LineSummary;
import fr.tandem.plan.model.PlanAmounts;
import fr.tandem.plan.model.PlanFigures;
import fr.tandem.plan.model.PlanGroup;
import fr.tandem.plan.model.PlanSummary;
import fr.tandem.plan.model.ProgrammeFigures;
import fr.tandem.plan.model.TypeCount;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.ui.BarChart;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.primefaces.model.StreamedContent;

/**
 * A plan's page: the plan picked by its id (and a school's view by its UAI, both kept in the
 * address), the filters, the summary figures, the charts each with its table, the lines and the
 * exports. The lines' dialogs are {@link PlanLineEditor}, {@link PlanLineProgress} and {@link PlanLineLinks}.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PLANNED = "#9ca3af";
    private static final String ORDERED = "#b45309";
    private static final String DELIVERED = "#1d4ed8";
    private static final String PAID = "#15803d";
    private static final String CLAIMED = "#6d28d9";

    @EJB
    transient DigitalPlans plans;

    private Long id;
    private String school;
    private Integer year;
    private Programme programme;
    private PlanLineKind kind;
    private PlanLineState state;
    private PlanSummary plan;
    private List<LineSummary> lines = List.of();
    private PlanFigures figures;

    /** Called by the view's metadata once the parameters are read. */
    public void load() {
        plan = id == null ? null : UiMessages.attemptOrNull(() -> plans.find(id));
        if (plan != null) {
            filter();
        }
    }

    /** Applies the filters (a wrong UAI is told and the lines stay as they were). */
    public void filter() {
        UiMessages.attempt(this::reload);
    }

    /** Reads the lines and figures again, after a change. */
    void reload() {
        LineQuery query = query();
        List<LineSummary> read = plans.lines(id, query);
        figures = plans.figures(id, query);
        lines = read;
    }

    /** Forgets the filters but the school of a school's view. */
    public void clearFilters() {
        year = null;
        programme = null;
        kind = null;
        state = null;
        filter();
    }

    LineQuery query() {
        return new LineQuery(school == null || school.isBlank() ? null : school.strip(), year, programme, kind, state);
    }

    public StreamedContent getCsv() {
        return Downloads.of(plans.csv(id, query()), "text/csv; charset=UTF-8", "plan-numerique.csv");
    }

    public StreamedContent getExcel() {
        return Downloads.of(plans.excel(id, query()), ExcelExport.MEDIA_TYPE, "plan-numerique.xlsx");
    }

    /** The plan's school years, for the filters and the line dialog. */
    public List<Integer> getYears() {
        return IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).boxed().toList();
    }

    /** "2025–2026". */
    public String yearLabel(int schoolYear) {
        return schoolYear + "–" + (schoolYear + 1);
    }

    /** A figures row's label: a school's name, "all schools", a programme's name or a year. */
    public String groupLabel(PlanGroup group) {
        if (group.label() == null) {
            return PlanTexts.BUNDLE.text("plan.cityWide");
        }
        return group.label();
    }

    public String programmeLabel(Programme funder) {
        return PlanTexts.BUNDLE.text("plan.programme." + funder.name());
    }

    /** Planned, ordered, delivered and paid per school year (lines and lines delivered without amounts). */
    public String getYearChart() {
        return amountsOrCounts(figures.years(), BarChart::vertical);
    }

    /** Planned and paid per school, or lines and lines delivered without amounts. */
    public String getSchoolChart() {
        return amountsOrCounts(figures.schools(), BarChart::horizontal);
    }

    /** Per programme: its envelope, the grant its lines commit, what is claimed and what remains to claim. */
    public String getProgrammeChart() {
        List<ProgrammeFigures> rows = figures.programmes();
        return BarChart.vertical(rows.stream().map(p -> programmeLabel(p.programme())).toList(), List.of(
                series("plan.figures.envelope", PLANNED, rows, p -> zeroIfNull(p.envelope())),
                series("plan.figures.committed", ORDERED, rows, p -> zeroIfNull(p.committed())),
                series("plan.figures.claimed", CLAIMED, rows, p -> p.group().amounts().claimed()),
                series("plan.figures.remaining", PAID, rows, p -> p.group().amounts().remainingToClaim())));
    }

    /** Items planned and linked per equipment type. */
    public String getEquipmentChart() {
        List<TypeCount> rows = figures.equipment();
        return BarChart.horizontal(rows.stream().map(t -> PlanTexts.BUNDLE.text("plan.type." + t.type())).toList(),
                List.of(series("plan.figures.itemsPlanned", PLANNED, rows, TypeCount::planned),
                        series("plan.figures.itemsLinked", DELIVERED, rows, TypeCount::linked)));
    }

    private interface Chart {
        String draw(List<String> labels, List<BarChart.Series> series);
    }

    private String amountsOrCounts(List<PlanGroup> rows, Chart chart) {
        List<String> labels = rows.stream().map(this::groupLabel).toList();
        if (figures.amountsShown()) {
            return chart.draw(labels, List.of(
                    series("plan.figures.planned", PLANNED, rows, g -> g.amounts().planned()),
                    series("plan.figures.ordered", ORDERED, rows, g -> g.amounts().ordered()),
                    series("plan.figures.delivered", DELIVERED, rows, g -> g.amounts().delivered()),
                    series("plan.figures.paid", PAID, rows, g -> g.amounts().paid())));
        }
        return chart.draw(labels, List.of(series("plan.figures.lines", PLANNED, rows, PlanGroup::lines),
                series("plan.figures.linesDelivered", DELIVERED, rows, PlanGroup::delivered)));
    }

    private static <T> BarChart.Series series(String key, String colour, List<T> rows,
                                              Function<T, ? extends Number> value) {
        return new BarChart.Series(PlanTexts.BUNDLE.text(key), colour, rows.stream().map(value).toList());
    }

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** The total's amounts (null without amounts). */
    public PlanAmounts getTotal() {
        return figures.total().amounts();
    }

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public PlanLineKind[] getKinds() {
        return PlanLineKind.values();
    }

    public PlanLineState[] getStates() {
        return PlanLineState.values();
    }

    public PlanSummary getPlan() {
        return plan;
    }

    public List<LineSummary> getLines() {
        return lines;
    }

    public PlanFigures getFigures() {
        return figures;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public PlanLineKind getKind() {
        return kind;
    }

    public void setKind(PlanLineKind kind) {
        this.kind = kind;
    }

    public PlanLineState getState() {
        return state;
    }

    public void setState(PlanLineState state) {
        this.state = state;
    }
}
