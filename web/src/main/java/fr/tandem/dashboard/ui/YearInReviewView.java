package fr.tandem.dashboard.ui;

import fr.tandem.dashboard.boundary.Dashboard;
import fr.tandem.dashboard.model.YearInReview;
import fr.tandem.platform.Language;
import fr.tandem.platform.ui.BarChart;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.Durations;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.SchoolYear;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The dashboard's "year in review" panel: a school year with data, its figures beside the year
 * before's (a table and a chart per theme), and the PDF for the steering committee in French or English.
 */
@Named
@ViewScoped
public class YearInReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Dashboard dashboard;

    @Inject
    Durations durations;

    private List<Integer> years = List.of();
    private Integer year;
    private String language = Language.FRENCH.code();
    private YearInReview review;

    @PostConstruct
    void init() {
        UiMessages.attempt(() -> {
            years = dashboard.reviewYears();
            year = years.isEmpty() ? null : years.get(0);
        });
        show();
    }

    /** Reads the chosen year's figures. */
    public void show() {
        UiMessages.attempt(() -> review = dashboard.yearInReview(year, null));
    }

    public StreamedContent getPdf() {
        Language chosen = Language.of(language);
        return Downloads.of(dashboard.yearInReviewPdf(year, null, chosen), "application/pdf",
                chosen == Language.ENGLISH ? "year-in-review.pdf" : "bilan-annuel.pdf");
    }

    public List<YearInReview.Theme> getThemes() {
        return review == null ? List.of() : review.themes();
    }

    /** The theme's charted figures, the year before and the year in view side by side. */
    public String chart(YearInReview.Theme theme) {
        List<YearInReview.Figure> figures = theme.charted();
        return BarChart.horizontal(figures.stream().map(f -> UiMessages.text("review.figure." + f.key())).toList(),
                List.of(new BarChart.Series(review.previous().schoolYear(), BarChart.DUE,
                                figures.stream().map(f -> plotted(f.unit(), f.previous())).toList()),
                        new BarChart.Series(review.current().schoolYear(), BarChart.DONE,
                                figures.stream().map(f -> plotted(f.unit(), f.current())).toList())));
    }

    private static double plotted(YearInReview.Unit unit, Number value) {
        if (value == null) {
            return 0;
        }
        return unit == YearInReview.Unit.HOURS ? value.longValue() / 60.0 : value.doubleValue();
    }

    /** A figure as the page's language writes it; a dash when it is not shown. */
    public String shown(YearInReview.Unit unit, Number value) {
        if (value == null) {
            return "—";
        }
        return switch (unit) {
            case MONEY -> euros((BigDecimal) value);
            case HOURS -> durations.hours((int) value.longValue());
            case PERCENT -> value.longValue() + " %";
            case COUNT -> String.valueOf(value.longValue());
        };
    }

    /** The change, signed; percentages change in points. */
    public String change(YearInReview.Figure figure) {
        Number change = figure.change();
        if (change == null) {
            return "—";
        }
        boolean up = change instanceof BigDecimal amount ? amount.signum() > 0 : change.longValue() > 0;
        boolean down = change instanceof BigDecimal amount ? amount.signum() < 0 : change.longValue() < 0;
        Number size = change instanceof BigDecimal amount ? amount.abs() : (Number) Math.abs(change.longValue());
        String sign = up ? "+" : down ? "−" : "";
        return figure.unit() == YearInReview.Unit.PERCENT ? UiMessages.text("review.points", sign + size.longValue())
                : sign + shown(figure.unit(), size);
    }

    private static String euros(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(UiMessages.locale());
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    public String yearLabel(int startYear) {
        return new SchoolYear(startYear).label();
    }

    public YearInReview getReview() {
        return review;
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
