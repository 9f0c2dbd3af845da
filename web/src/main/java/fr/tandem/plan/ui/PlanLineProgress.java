package fr.tandem.plan.ui;

import fr.tandem.plan.PlanLineState;
import fr.tandem.plan.boundary.DigitalPlans;
import fr.tandem.plan.model.InvoiceForm;
import fr.tandem.plan.model.LineSummary;
import fr.tandem.plan.model.StateMove;
import fr.tandem.platform.time.Clocks;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.primefaces.PrimeFaces;

/** The plan page's progress dialog of one line: its state (order, delivery, service) and its invoices. */
@Named
@ViewScoped
public class PlanLineProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DigitalPlans plans;

    @Inject
    PlanView page;

    private LineSummary line;
    private PlanLineState state;
    private LocalDate on;
    private String reference;
    private BigDecimal amount;
    private String invoiceReference;
    private LocalDate issuedOn;
    private LocalDate paidOn;
    private BigDecimal invoiceAmount;

    public void open(LineSummary chosen) {
        line = chosen;
        state = chosen.state();
        on = null;
        reference = chosen.orderReference();
        amount = null;
        invoiceReference = null;
        issuedOn = null;
        paidOn = null;
        invoiceAmount = null;
    }

    public void move() {
        if (UiMessages.attempt(() -> line = plans.move(page.getId(), line.id(),
                new StateMove(state, on, reference, amount, line.version())))) {
            page.reload();
            PlanTexts.BUNDLE.info("plan.line.moved");
            PrimeFaces.current().executeScript("PF('progressDialog').hide()");
        }
    }

    public void addInvoice() {
        if (UiMessages.attempt(() -> plans.addInvoice(page.getId(), line.id(),
                new InvoiceForm(invoiceReference, issuedOn, paidOn, invoiceAmount)))) {
            refresh();
            invoiceReference = null;
            issuedOn = null;
            paidOn = null;
            invoiceAmount = null;
        }
    }

    /** Records an invoice as paid today (Paris). */
    public void pay(long invoiceId) {
        if (UiMessages.attempt(() -> line = plans.markPaid(page.getId(), line.id(), invoiceId,
                LocalDate.now(Clocks.PARIS)))) {
            page.reload();
        }
    }

    public void removeInvoice(long invoiceId) {
        if (UiMessages.attempt(() -> line = plans.removeInvoice(page.getId(), line.id(), invoiceId))) {
            page.reload();
        }
    }

    private void refresh() {
        line = plans.line(page.getId(), line.id());
        page.reload();
    }

    public LineSummary getLine() {
        return line;
    }

    public PlanLineState getState() {
        return state;
    }

    public void setState(PlanLineState state) {
        this.state = state;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getInvoiceReference() {
        return invoiceReference;
    }

    public void setInvoiceReference(String invoiceReference) {
        this.invoiceReference = invoiceReference;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getInvoiceAmount() {
        return invoiceAmount;
    }

    public void setInvoiceAmount(BigDecimal invoiceAmount) {
        this.invoiceAmount = invoiceAmount;
    }
}
