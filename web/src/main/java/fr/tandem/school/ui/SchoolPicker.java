package fr.tandem.school.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.SchoolQuery;
import fr.tandem.school.model.SchoolSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search-as-you-type school picker of every page that chooses schools (a {@code p:autoComplete}
 * whose values are UAIs): it proposes the schools the caller may read whose name, commune or UAI
 * hold the words typed, and labels a chosen UAI with the school's name and commune.
 *
 * <pre>{@code
 * <p:autoComplete id="school" value="#{form.uai}" completeMethod="#{schoolPicker.complete}"
 *                 var="uai" itemValue="#{uai}" itemLabel="#{schoolPicker.label(uai)}" minQueryLength="2"/>
 * }</pre>
 * With {@code multiple="true"} the value is a {@code List<String>} of UAIs shown as chips.
 */
@Named
@ViewScoped
public class SchoolPicker implements Serializable {

    /** How many schools the picker proposes at most. */
    static final int PROPOSALS = 20;

    private static final long serialVersionUID = 1L;

    @Inject
    transient Schools schools;

    private final Map<String, String> labels = new HashMap<>();

    /** The UAIs of the schools matching the text, by name, at most {@link #PROPOSALS}. */
    public List<String> complete(String text) {
        List<SchoolSummary> found = schools.items(new SchoolQuery(text, null, null, null, null, "name", true, 0, PROPOSALS));
        found.forEach(school -> labels.put(school.uai(), label(school)));
        return found.stream().map(SchoolSummary::uai).toList();
    }

    /** "École Jean Moulin — Béziers (0349101A)"; the UAI itself for a school the caller may not read. */
    public String label(String uai) {
        if (uai == null || uai.isBlank()) {
            return "";
        }
        return labels.computeIfAbsent(uai, this::lookUp);
    }

    private String lookUp(String uai) {
        try {
            return label(schools.find(uai));
        } catch (RuleViolation unknown) {
            return uai;
        }
    }

    private static String label(SchoolSummary school) {
        return school.name() + " — " + school.communeName() + " (" + school.uai() + ")";
    }
}
