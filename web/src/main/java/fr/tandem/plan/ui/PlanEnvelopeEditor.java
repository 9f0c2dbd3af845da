package fr.tandem.plan.ui;

import fr.tandem.plan.Programme;
import fr.tandem.plan.boundary.DigitalPlans;
import fr.tandem.plan.model.EnvelopeForm;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** The plan page's funders form: sets a programme's default rate and envelope (city staff, admins). */
@Named
@ViewScoped
public class PlanEnvelopeEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DigitalPlans plans;

    @Inject
    PlanView page;

    private Programme programme = Programme.TNE;
    private BigDecimal rate;
    private BigDecimal amount;

    public void save() {
        if (UiMessages.attempt(() -> plans.setEnvelope(page.getId(), new EnvelopeForm(programme, rate, amount)))) {
            page.load();
            PlanTexts.BUNDLE.info("plan.envelope.saved");
        }
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
