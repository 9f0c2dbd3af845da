package fr.tandem.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A paid invoice of a claimed line, as it stood when the claim was made. */
@Embeddable
public class ClaimedInvoice {

    @Column(nullable = false, length = PlanInvoice.REFERENCE_LENGTH)
    private String reference;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected ClaimedInvoice() {
        // for JPA
    }

    ClaimedInvoice(PlanInvoice invoice) {
        this.reference = invoice.reference();
        this.issuedOn = invoice.issuedOn();
        this.paidOn = invoice.paidOn();
        this.amount = invoice.amount();
    }

    public String reference() {
        return reference;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public BigDecimal amount() {
        return amount;
    }
}
