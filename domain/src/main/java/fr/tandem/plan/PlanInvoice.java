package fr.tandem.plan;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A supplier's invoice for a plan line: its reference, day, amount and the day it was paid. Changed through the line. */
@Entity
@Table(name = "plan_invoice")
public class PlanInvoice {

    /** The longest invoice reference kept. */
    public static final int REFERENCE_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_invoice_seq")
    @SequenceGenerator(name = "plan_invoice_seq", sequenceName = "plan_invoice_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id", nullable = false)
    private PlanLine line;

    @Column(nullable = false, length = REFERENCE_LENGTH)
    private String reference;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected PlanInvoice() {
        // for JPA
    }

    PlanInvoice(PlanLine line, String reference, LocalDate issuedOn, LocalDate paidOn, BigDecimal amount) {
        this.line = line;
        this.reference = Texts.required(reference, "plan.invoice.reference.required", REFERENCE_LENGTH);
        if (issuedOn == null) {
            throw new RuleViolation("plan.invoice.date.required");
        }
        if (amount == null || amount.signum() <= 0 || amount.compareTo(PlanEnvelope.MAX_AMOUNT) > 0) {
            throw new RuleViolation("plan.invoice.amount.range");
        }
        this.issuedOn = issuedOn;
        this.amount = amount.setScale(2, RoundingMode.HALF_UP);
        if (paidOn != null) {
            pay(paidOn);
        }
    }

    final void pay(LocalDate day) {
        if (day == null) {
            throw new RuleViolation("plan.invoice.date.required");
        }
        if (day.isBefore(issuedOn)) {
            throw new RuleViolation("plan.invoice.paid.beforeIssue");
        }
        this.paidOn = day;
    }

    public boolean paid() {
        return paidOn != null;
    }

    public Long id() {
        return id;
    }

    public PlanLine line() {
        return line;
    }

    public String reference() {
        return reference;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    /** The day it was paid, or null while unpaid. */
    public LocalDate paidOn() {
        return paidOn;
    }

    public BigDecimal amount() {
        return amount;
    }
}
