package fr.tandem.plan;

import fr.tandem.equipment.Equipment;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One plan line as a grant claim covers it: a snapshot of its school, year, label, programme and rate,
 * its paid invoices and its items' serial numbers, the paid base, the rate's share of it and the
 * amount claimed (the share, or less when the programme's envelope runs out). The claim's files are
 * made from this snapshot, never from the live line. The link to the live line is unique (a line is in
 * one claim at most) and is let go when the claim is cancelled.
 */
@Entity
@Table(name = "grant_claim_line")
public class GrantClaimLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grant_claim_line_seq")
    @SequenceGenerator(name = "grant_claim_line_seq", sequenceName = "grant_claim_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private GrantClaim claim;

    /** The live line; null once the claim is cancelled. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_line_id")
    private PlanLine planLine;

    @Column(name = "school_uai", length = 8)
    private String schoolUai;

    @Column(name = "school_name", length = 200)
    private String schoolName;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanLineKind kind;

    @Column(nullable = false, length = PlanLine.LABEL_LENGTH)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Programme programme;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal rate;

    @Column(name = "paid_base", nullable = false, precision = 12, scale = 2)
    private BigDecimal paidBase;

    @Column(name = "full_share", nullable = false, precision = 12, scale = 2)
    private BigDecimal fullShare;

    @Column(name = "amount_claimed", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountClaimed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_claim_invoice", joinColumns = @JoinColumn(name = "line_id"))
    @OrderBy("paidOn ASC, reference ASC")
    private List<ClaimedInvoice> invoices = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_claim_item", joinColumns = @JoinColumn(name = "line_id"))
    @Column(name = "serial_number", nullable = false, length = 100)
    @OrderBy
    private List<String> serialNumbers = new ArrayList<>();

    protected GrantClaimLine() {
        // for JPA
    }

    GrantClaimLine(GrantClaim claim, PlanLine line, BigDecimal amountClaimed) {
        this.claim = claim;
        this.planLine = line;
        this.schoolUai = line.school() == null ? null : line.school().uai().value();
        this.schoolName = line.school() == null ? null : line.school().name();
        this.schoolYear = line.schoolYear();
        this.kind = line.kind();
        this.label = line.label();
        this.programme = line.programme();
        this.rate = line.grantRate();
        this.paidBase = line.paid();
        this.fullShare = line.share(paidBase);
        this.amountClaimed = amountClaimed;
        line.invoices().stream().filter(PlanInvoice::paid)
                .sorted(Comparator.comparing(PlanInvoice::paidOn).thenComparing(PlanInvoice::reference))
                .map(ClaimedInvoice::new).forEach(invoices::add);
        line.items().stream().map(Equipment::serialNumber).sorted().forEach(serialNumbers::add);
    }

    /** Whether it still holds its live line (its claim is not cancelled). */
    boolean holdsLine() {
        return planLine != null;
    }

    /** Lets the live line go (the claim is cancelled): it can change and be claimed again. */
    void release(String claimReference) {
        planLine.releaseFrom(claimReference);
        planLine = null;
    }

    public Long id() {
        return id;
    }

    public GrantClaim claim() {
        return claim;
    }

    /** The id of the live line, or null once the claim is cancelled. */
    public Long planLineId() {
        return planLine == null ? null : planLine.id();
    }

    /** The school's UAI, or null for a line of the city's schools as a whole. */
    public String schoolUai() {
        return schoolUai;
    }

    public String schoolName() {
        return schoolName;
    }

    public int schoolYear() {
        return schoolYear;
    }

    public PlanLineKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public Programme programme() {
        return programme;
    }

    public BigDecimal rate() {
        return rate;
    }

    public BigDecimal paidBase() {
        return paidBase;
    }

    /** The rate applied to the paid base, to the cent. */
    public BigDecimal fullShare() {
        return fullShare;
    }

    public BigDecimal amountClaimed() {
        return amountClaimed;
    }

    public List<ClaimedInvoice> invoices() {
        return List.copyOf(invoices);
    }

    public List<String> serialNumbers() {
        return List.copyOf(serialNumbers);
    }
}
