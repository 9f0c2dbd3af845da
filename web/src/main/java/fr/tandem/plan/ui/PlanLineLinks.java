package fr.tandem.plan.ui;

import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.boundary.DigitalPlans;
import fr.tandem.plan.model.LineSummary;
import fr.tandem.plan.model.LinkedItem;
import fr.tandem.plan.model.LinkedLicence;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The plan page's links dialog of one line: the items (or licences) it brought, and a picker of
 * the school's items of the line's type (the city's licences) that no line brought yet.
 */
@Named
@ViewScoped
public class PlanLineLinks implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DigitalPlans plans;

    @Inject
    PlanView page;

    private LineSummary line;
    private List<LinkedItem> items = List.of();
    private List<LinkedLicence> licences = List.of();
    private Long chosen;

    public void open(LineSummary picked) {
        line = picked;
        chosen = null;
        candidates();
    }

    public void link() {
        if (chosen == null) {
            PlanTexts.BUNDLE.error("plan.links.choose");
            return;
        }
        if (UiMessages.attempt(() -> line = isLicenceLine() ? plans.linkLicence(page.getId(), line.id(), chosen)
                : plans.linkItem(page.getId(), line.id(), chosen))) {
            chosen = null;
            candidates();
            page.reload();
        }
    }

    public void unlink(long id) {
        if (UiMessages.attempt(() -> line = isLicenceLine() ? plans.unlinkLicence(page.getId(), line.id(), id)
                : plans.unlinkItem(page.getId(), line.id(), id))) {
            candidates();
            page.reload();
        }
    }

    private void candidates() {
        items = isLicenceLine() ? List.of() : plans.itemCandidates(page.getId(), line.id());
        licences = isLicenceLine() ? plans.licenceCandidates(page.getId(), line.id()) : List.of();
    }

    public boolean isLicenceLine() {
        return line != null && line.kind() == PlanLineKind.LICENCE;
    }

    public LineSummary getLine() {
        return line;
    }

    public List<LinkedItem> getItems() {
        return items;
    }

    public List<LinkedLicence> getLicences() {
        return licences;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }
}
