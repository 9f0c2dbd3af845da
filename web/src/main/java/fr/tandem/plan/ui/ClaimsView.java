package fr.tandem.plan.ui;

import fr.tandem.plan.Programme;
import fr.tandem.plan.boundary.GrantClaims;
import fr.tandem.plan.model.ClaimDetail;
import fr.tandem.plan.model.ClaimPreview;
import fr.tandem.plan.model.ClaimRequest;
import fr.tandem.plan.model.ClaimSummary;
import fr.tandem.plan.model.ClaimablePlan;
import fr.tandem.platform.ui.Amounts;
import fr.tandem.platform.ui.BarChart;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The grant claims page: the city's claims (with a chart of what was claimed and received) and, for
 * city staff and administrators, a new claim: the plan, programme and period chosen, the preview of
 * the eligible lines with their amounts, then the confirmation.
 */
@Named
@ViewScoped
public class ClaimsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient GrantClaims claims;

    @Inject
    Amounts amounts;

    private List<ClaimSummary> list = List.of();
    /** Read once, when the page first shows the new claim's form. */
    private List<ClaimablePlan> plans;
    private Long planId;
    private Programme programme = Programme.TNE;
    private LocalDate from;
    private LocalDate to;
    private String note;
    private ClaimPreview preview;

    @PostConstruct
    void load() {
        list = claims.list(null);
    }

    /** The plans a claim can be made on (city staff and administrators only: the page asks when they are shown). */
    public List<ClaimablePlan> getPlans() {
        if (plans == null) {
            plans = claims.plans();
            if (planId == null && !plans.isEmpty()) {
                planId = plans.get(0).id();
            }
        }
        return plans;
    }

    /** Shows the lines a claim would cover now. */
    public void showPreview() {
        preview = UiMessages.attemptOrNull(() -> claims.preview(request(List.of())));
    }

    /** Makes the claim over the lines previewed, then opens it. */
    public String confirm() {
        if (preview == null) {
            return null;
        }
        return UiMessages.attemptOrNull(() -> {
            ClaimDetail created = claims.create(request(preview.claimedLineIds()));
            ClaimTexts.BUNDLE.info("claim.created", created.reference());
            return "/plan/claim.xhtml?faces-redirect=true&id=" + created.id();
        });
    }

    private ClaimRequest request(List<Long> lineIds) {
        return new ClaimRequest(planId, programme, from, to, lineIds, note);
    }

    /** What the envelope allows, in words. */
    public String getEnvelopeText() {
        return preview.envelope() == null
                ? ClaimTexts.BUNDLE.text("claim.preview.noCeiling", euros(preview.alreadyClaimed()))
                : ClaimTexts.BUNDLE.text("claim.preview.envelope", euros(preview.envelope()),
                euros(preview.alreadyClaimed()), euros(preview.remaining()));
    }

    private String euros(BigDecimal amount) {
        return amounts.euros(amount);
    }

    /** Bars of the amount claimed and received per claim (the table of claims gives the same figures). */
    public String getChart() {
        List<ClaimSummary> shown = new ArrayList<>(list);
        Collections.reverse(shown);
        return BarChart.vertical(shown.stream().map(ClaimSummary::reference).toList(), List.of(
                new BarChart.Series(ClaimTexts.BUNDLE.text("claim.amount"), BarChart.DUE,
                        shown.stream().map(ClaimSummary::amountClaimed).toList()),
                new BarChart.Series(ClaimTexts.BUNDLE.text("claim.received"), BarChart.DONE,
                        shown.stream().map(c -> c.amountReceived() == null ? BigDecimal.ZERO : c.amountReceived())
                                .toList())));
    }

    public Programme[] getProgrammes() {
        return new Programme[] {Programme.TNE, Programme.DEPARTEMENT};
    }

    public List<ClaimSummary> getList() {
        return list;
    }

    public ClaimPreview getPreview() {
        return preview;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
