package fr.tandem.plan;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.City;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a city claims from a funding programme for the lines of one plan paid over a period: its
 * reference, numbered per city, programme and year ({@code TNE-2026-001}), the day it was made, its
 * lines (each frozen while the claim is live) and totals. It is submitted, then paid by the funder (the
 * amount received and the day), or cancelled while still submitted, which lets its lines go.
 */
@Entity
@Table(name = "grant_claim")
public class GrantClaim {

    /** The longest note kept. */
    public static final int NOTE_LENGTH = 2000;
    /** Claims are dated in the city's time. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grant_claim_seq")
    @SequenceGenerator(name = "grant_claim_seq", sequenceName = "grant_claim_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id", nullable = false)
    private City city;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private DigitalPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Programme programme;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "claim_year", nullable = false)
    private int year;

    @Column(name = "claim_number", nullable = false)
    private int number;

    @Column(nullable = false, length = PlanLine.REFERENCE_LENGTH)
    private String reference;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false, length = 100)
    private String madeBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GrantClaimStatus status = GrantClaimStatus.SUBMITTED;

    @Column(name = "paid_base", nullable = false, precision = 12, scale = 2)
    private BigDecimal paidBase = BigDecimal.ZERO.setScale(2);

    @Column(name = "amount_claimed", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountClaimed = BigDecimal.ZERO.setScale(2);

    @Column(name = "amount_received", precision = 12, scale = 2)
    private BigDecimal amountReceived;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(length = NOTE_LENGTH)
    private String note;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL)
    @OrderBy("schoolYear ASC, id ASC")
    private List<GrantClaimLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected GrantClaim() {
        // for JPA
    }

    /**
     * A claim on a plan, of a programme the city claims from, over a period (from its first day to its
     * last), numbered {@code number} among the city's claims of that programme made in the year of
     * {@code madeAt}.
     */
    public GrantClaim(DigitalPlan plan, Programme programme, LocalDate from, LocalDate to, int number,
                      Instant madeAt, String madeBy, String note) {
        ClaimRules.checkRequest(programme, from, to);
        this.city = plan.city();
        this.plan = plan;
        this.programme = programme;
        this.periodFrom = from;
        this.periodTo = to;
        this.year = madeAt.atZone(PARIS).getYear();
        this.number = number;
        this.reference = String.format(Locale.ROOT, "%s-%d-%03d", programme.name(), year, number);
        this.madeAt = madeAt;
        this.madeBy = madeBy;
        this.note = Texts.optional(note, NOTE_LENGTH);
    }

    /** Covers a line for this amount: the line is frozen under the claim's reference (or refuses). */
    public void cover(PlanLine line, BigDecimal amount) {
        if (line.programme() != programme || !line.plan().equals(plan)) {
            throw new RuleViolation("plan.claim.line.outside", line.label());
        }
        line.freezeFor(reference);
        GrantClaimLine covered = new GrantClaimLine(this, line, amount.setScale(2, RoundingMode.HALF_UP));
        lines.add(covered);
        paidBase = paidBase.add(covered.paidBase());
        amountClaimed = amountClaimed.add(covered.amountClaimed());
    }

    /** Withdraws the claim while it is submitted: its lines are let go (they can change and be claimed again). */
    public void cancel(Instant at, String by) {
        refuseUnlessSubmitted();
        lines.stream().filter(GrantClaimLine::holdsLine).forEach(line -> line.release(reference));
        status = GrantClaimStatus.CANCELLED;
        closedAt = at;
        closedBy = by;
    }

    /**
     * Records that the funder paid the claim: an amount more than 0 (at most what was claimed) and a
     * day from the day the claim was made to today.
     */
    public void recordPayment(BigDecimal amount, LocalDate on, LocalDate today, Instant at, String by) {
        refuseUnlessSubmitted();
        if (amount == null || amount.signum() <= 0 || amount.compareTo(amountClaimed) > 0) {
            throw new RuleViolation("plan.claim.payment.amount", amountClaimed.toPlainString());
        }
        if (on == null || on.isAfter(today) || on.isBefore(madeOn())) {
            throw new RuleViolation("plan.claim.payment.day");
        }
        status = GrantClaimStatus.PAID;
        amountReceived = amount.setScale(2, RoundingMode.HALF_UP);
        receivedOn = on;
        closedAt = at;
        closedBy = by;
    }

    private void refuseUnlessSubmitted() {
        if (status != GrantClaimStatus.SUBMITTED) {
            throw new RuleViolation("plan.claim.notSubmitted", reference);
        }
    }

    /** The day it was made, in Paris. */
    public LocalDate madeOn() {
        return madeAt.atZone(PARIS).toLocalDate();
    }

    public boolean live() {
        return status != GrantClaimStatus.CANCELLED;
    }

    public Long id() {
        return id;
    }

    public City city() {
        return city;
    }

    public DigitalPlan plan() {
        return plan;
    }

    public Programme programme() {
        return programme;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public String reference() {
        return reference;
    }

    public Instant madeAt() {
        return madeAt;
    }

    public String madeBy() {
        return madeBy;
    }

    public GrantClaimStatus status() {
        return status;
    }

    public BigDecimal paidBase() {
        return paidBase;
    }

    public BigDecimal amountClaimed() {
        return amountClaimed;
    }

    /** What the funder paid, or null until then. */
    public BigDecimal amountReceived() {
        return amountReceived;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public String note() {
        return note;
    }

    public List<GrantClaimLine> lines() {
        return List.copyOf(lines);
    }

    public long version() {
        return version;
    }
}
