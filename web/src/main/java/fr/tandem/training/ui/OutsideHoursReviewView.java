package fr.tandem.training.ui;

import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.Certificate;
import fr.tandem.training.boundary.OutsideHoursDeclarations;
import fr.tandem.training.model.OutsideHoursSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * The inspector's list of hours done outside Tandem waiting for a decision, of the teachers of the
 * circonscription: open the certificate, validate, or refuse with a reason.
 */
@Named
@ViewScoped
public class OutsideHoursReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient OutsideHoursDeclarations declarations;

    private List<OutsideHoursSummary> waiting;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        waiting = declarations.waiting();
    }

    public void validate(long id) {
        if (UiMessages.attempt(() -> declarations.decide(id, true, null))) {
            UiMessages.info("outsideHours.validated");
        }
        waiting = declarations.waiting();
    }

    public void refuse(long id) {
        if (UiMessages.attempt(() -> declarations.decide(id, false, reasons.get(id)))) {
            UiMessages.info("outsideHours.refused");
            reasons.remove(id);
        }
        waiting = declarations.waiting();
    }

    public StreamedContent certificate(long id) {
        Certificate certificate = declarations.certificate(id);
        return Downloads.of(certificate.content(), certificate.contentType(), certificate.fileName());
    }

    public List<OutsideHoursSummary> getWaiting() {
        return waiting;
    }

    /** The reason typed for each declaration, by id. */
    public Map<Long, String> getReasons() {
        return reasons;
    }
}
