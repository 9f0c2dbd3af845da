package fr.tandem.licence.ui;

import fr.tandem.licence.boundary.LicenceRollover;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.licence.model.RolloverReview;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * The city's review at the school year's end: the seats of classes, each to release or to give the
 * class's new name, and the licences ending by 31 August with their renewal mode; the CSV of both.
 */
@Named
@ViewScoped
public class LicenceRolloverView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LicenceRollover rollover;

    private RolloverReview review;
    private final Map<Long, String> newNames = new HashMap<>();

    @PostConstruct
    void load() {
        review = rollover.review();
        newNames.clear();
    }

    public RolloverReview getReview() {
        return review;
    }

    /** The class names typed, by assignment. */
    public Map<Long, String> getNewNames() {
        return newNames;
    }

    public void release(long assignmentId) {
        if (UiMessages.attempt(() -> {
            AssignmentSummary released = rollover.release(assignmentId);
            LicenceTexts.BUNDLE.info("rollover.released", released.seats(), released.className());
        })) {
            load();
        }
    }

    public void rename(long assignmentId) {
        if (UiMessages.attempt(() -> {
            AssignmentSummary renamed = rollover.renameClass(assignmentId, newNames.get(assignmentId));
            LicenceTexts.BUNDLE.info("rollover.renamed", renamed.className());
        })) {
            load();
        }
    }

    public StreamedContent getCsv() {
        return Downloads.of(rollover.csv(), "text/csv; charset=UTF-8", "licences-fin-annee.csv");
    }
}
