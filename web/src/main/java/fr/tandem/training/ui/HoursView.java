package fr.tandem.training.ui;

import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.ui.BarChart;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.boundary.CirconscriptionHours;
import fr.tandem.training.model.TeacherHours;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.primefaces.model.StreamedContent;

/**
 * The inspector's follow-up of the 18 hours: every teacher of the circonscription with the hours
 * of the school year chosen (the current one or a past one), their attestation, and the whole list
 * as CSV or Excel.
 */
@Named
@ViewScoped
public class HoursView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CirconscriptionHours hours;

    /** How many past school years the page offers besides the current one. */
    private static final int PAST_YEARS = 5;

    private List<TeacherHours> teachers;
    private List<SchoolYear> years;
    private Integer year;

    @PostConstruct
    void load() {
        int current = hours.currentYear();
        years = IntStream.rangeClosed(0, PAST_YEARS).mapToObj(back -> new SchoolYear(current - back)).toList();
        year = current;
        teachers = hours.teachers(year);
    }

    /** Shows the school year chosen. */
    public void show() {
        teachers = hours.teachers(year);
    }

    public List<SchoolYear> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** "2025-2026", the year shown. */
    public String getYearLabel() {
        return new SchoolYear(year).label();
    }

    public List<TeacherHours> getTeachers() {
        return teachers;
    }

    /** How many teachers have done all their hours. */
    public long getComplete() {
        return teachers.stream().filter(t -> t.hours().minutesRemaining() == 0).count();
    }

    /**
     * A Chart.js bar chart (the JSON {@code p:chart} takes): hours done and hours due per school,
     * so that the inspector sees where the year stands. The table below it holds the same figures.
     */
    public String getChart() {
        Map<String, int[]> bySchool = new LinkedHashMap<>();
        for (TeacherHours t : teachers) {
            int[] sums = bySchool.computeIfAbsent(t.schoolName(), name -> new int[2]);
            sums[0] += t.hours().minutesDone();
            sums[1] += t.hours().minutesDue();
        }
        return BarChart.horizontal(List.copyOf(bySchool.keySet()), List.of(
                new BarChart.Series(UiMessages.text("hours.chart.done"), BarChart.DONE,
                        bySchool.values().stream().map(sums -> sums[0] / 60.0).toList()),
                new BarChart.Series(UiMessages.text("hours.chart.due"), BarChart.DUE,
                        bySchool.values().stream().map(sums -> sums[1] / 60.0).toList())));
    }

    public StreamedContent attestation(String username) {
        return Downloads.of(hours.attestation(username, year), "application/pdf", "attestation-" + username + ".pdf");
    }

    public StreamedContent getCsv() {
        return Downloads.of(hours.csv(year), "text/csv; charset=UTF-8", "heures-circonscription.csv");
    }

    public StreamedContent getXlsx() {
        return Downloads.of(hours.xlsx(year), ExcelExport.MEDIA_TYPE, "heures-circonscription.xlsx");
    }
}
