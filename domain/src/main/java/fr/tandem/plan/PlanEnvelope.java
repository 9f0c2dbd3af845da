package fr.tandem.plan;

import fr.tandem.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** What one programme grants a plan: its default rate and its envelope (the most it pays). Changed through the plan. */
@Entity
@Table(name = "digital_plan_envelope")
public class PlanEnvelope {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "digital_plan_envelope_seq")
    @SequenceGenerator(name = "digital_plan_envelope_seq", sequenceName = "digital_plan_envelope_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private DigitalPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Programme programme;

    /** Percent of a line's cost the programme pays, by default. */
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal rate;

    /** The most the programme pays over the plan; null for no ceiling. */
    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    protected PlanEnvelope() {
        // for JPA
    }

    PlanEnvelope(DigitalPlan plan, Programme programme, BigDecimal rate, BigDecimal amount) {
        this.plan = plan;
        this.programme = programme;
        change(rate, amount);
    }

    final void change(BigDecimal newRate, BigDecimal newAmount) {
        this.rate = checkedRate(newRate);
        if (newAmount != null && (newAmount.signum() < 0 || newAmount.compareTo(MAX_AMOUNT) > 0)) {
            throw new RuleViolation("plan.envelope.amount.range");
        }
        this.amount = newAmount == null ? null : newAmount.setScale(2, RoundingMode.HALF_UP);
    }

    /** A rate between 0 and 100 percent, with two decimals. */
    static BigDecimal checkedRate(BigDecimal rate) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            throw new RuleViolation("plan.rate.range");
        }
        return rate.setScale(2, RoundingMode.HALF_UP);
    }

    public Long id() {
        return id;
    }

    public DigitalPlan plan() {
        return plan;
    }

    public Programme programme() {
        return programme;
    }

    public BigDecimal rate() {
        return rate;
    }

    /** The ceiling, or null when the programme set none. */
    public BigDecimal amount() {
        return amount;
    }
}
