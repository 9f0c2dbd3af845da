package fr.tandem.dashboard.ui;

import fr.tandem.dashboard.boundary.EquippedUntrainedSchools;
import fr.tandem.dashboard.control.EquippedUntrained;
import fr.tandem.dashboard.model.UntrainedSchool;
import fr.tandem.platform.ui.Downloads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The inspectors' list of schools equipped but not trained ({@code /training/equipped-untrained.xhtml}),
 * with the open offers to propose and its CSV export.
 */
@Named
@ViewScoped
public class EquippedUntrainedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient EquippedUntrainedSchools untrained;

    private List<UntrainedSchool> schools;

    @PostConstruct
    void load() {
        schools = untrained.schools();
    }

    public List<UntrainedSchool> getSchools() {
        return schools;
    }

    /** The share of trained teachers under which a school is listed, in percent. */
    public int getThreshold() {
        return EquippedUntrained.TRAINED_SHARE_PERCENT;
    }

    public StreamedContent getCsv() {
        return Downloads.of(untrained.csv(), "text/csv; charset=UTF-8", "ecoles-equipees-non-formees.csv");
    }
}
