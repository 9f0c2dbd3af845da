package fr.tandem.plan;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.licence.Licence;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.School;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One thing a plan foresees for one school (or for all the city's schools) in one school year:
 * equipment of a type, licences, or training. It has an estimated cost, the programme that funds it
 * at a grant rate, a state (planned, ordered, delivered, in service), the items and licences already
 * in Tandem that it brought, and its invoices. Once a grant claim covers it, it is frozen: its cost,
 * funding and invoices no longer change, so that the claim stays reproducible and no line is claimed
 * twice.
 */
@Entity
@Table(name = "plan_line")
public class PlanLine {

    /** The longest label kept. */
    public static final int LABEL_LENGTH = 200;
    /** The longest order reference kept. */
    public static final int REFERENCE_LENGTH = 60;
    /** The most items, seats or teachers one line counts. */
    public static final int MAX_QUANTITY = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_line_seq")
    @SequenceGenerator(name = "plan_line_seq", sequenceName = "plan_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private DigitalPlan plan;

    /** The school it is for; null for the city's schools as a whole. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    /** The calendar year its school year starts in. */
    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanLineKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "equipment_type", length = 30)
    private EquipmentType equipmentType;

    @Column(nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_cost", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitCost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Programme programme;

    @Column(name = "grant_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal grantRate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanLineState state = PlanLineState.PLANNED;

    @Column(name = "order_reference", length = REFERENCE_LENGTH)
    private String orderReference;

    /** What the order actually costs; null until ordered. */
    @Column(name = "ordered_amount", precision = 12, scale = 2)
    private BigDecimal orderedAmount;

    @Column(name = "ordered_on")
    private LocalDate orderedOn;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    /** The reference of the grant claim that covers it; null while it is not claimed. */
    @Column(name = "claim_reference", length = REFERENCE_LENGTH)
    private String claimReference;

    @ManyToMany
    @JoinTable(name = "plan_line_equipment", joinColumns = @JoinColumn(name = "line_id"),
            inverseJoinColumns = @JoinColumn(name = "equipment_id"))
    @OrderBy("serialNumber ASC")
    private List<Equipment> items = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "plan_line_licence", joinColumns = @JoinColumn(name = "line_id"),
            inverseJoinColumns = @JoinColumn(name = "licence_id"))
    private List<Licence> licences = new ArrayList<>();

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("issuedOn ASC, id ASC")
    private List<PlanInvoice> invoices = new ArrayList<>();

    @Version
    private long version;

    protected PlanLine() {
        // for JPA
    }

    /**
     * A planned line of the plan, for a school of the plan's city (or none: the whole city) and one
     * of the plan's school years.
     *
     * @throws RuleViolation the rules of {@link #revise}
     */
    public PlanLine(DigitalPlan plan, School school, Integer schoolYear, PlanLineDetails details) {
        if (plan == null) {
            throw new RuleViolation("plan.notFound");
        }
        this.plan = plan;
        revise(school, schoolYear, details);
    }

    /**
     * Changes what the line says. The school is of the plan's city; the year is one of the plan's;
     * an equipment line names its type; the label is required; the quantity is 1 or more; the unit
     * cost 0 or more; a programme funds it, at its envelope's rate when no rate is given. Refused
     * once claimed.
     */
    public final void revise(School newSchool, Integer newYear, PlanLineDetails details) {
        refuseWhenClaimed();
        if (newSchool != null && (newSchool.city() == null
                || !Objects.equals(newSchool.city().id(), plan.city().id()))) {
            throw new RuleViolation("plan.line.school.otherCity");
        }
        if (newYear == null || !plan.covers(newYear)) {
            throw new RuleViolation("plan.line.year.outside", plan.yearsLabel());
        }
        if (details.kind() == null) {
            throw new RuleViolation("plan.line.kind.required");
        }
        if (details.kind() == PlanLineKind.EQUIPMENT && details.equipmentType() == null) {
            throw new RuleViolation("plan.line.type.required");
        }
        if (details.kind() == PlanLineKind.LICENCE && details.equipmentType() != null) {
            throw new RuleViolation("plan.line.type.licence");
        }
        if (details.kind() != PlanLineKind.EQUIPMENT && !items.isEmpty()
                || details.kind() != PlanLineKind.LICENCE && !licences.isEmpty()) {
            throw new RuleViolation("plan.line.kind.linked");
        }
        String newLabel = Texts.required(details.label(), "plan.line.label.required", LABEL_LENGTH);
        if (details.quantity() == null || details.quantity() < 1 || details.quantity() > MAX_QUANTITY) {
            throw new RuleViolation("plan.line.quantity.range", MAX_QUANTITY);
        }
        if (details.unitCost() == null || details.unitCost().signum() < 0
                || details.unitCost().compareTo(PlanEnvelope.MAX_AMOUNT) > 0) {
            throw new RuleViolation("plan.line.cost.range");
        }
        if (details.programme() == null) {
            throw new RuleViolation("plan.programme.required");
        }
        BigDecimal rate = details.grantRate() != null ? PlanEnvelope.checkedRate(details.grantRate())
                : plan.envelope(details.programme()).map(PlanEnvelope::rate)
                        .orElseThrow(() -> new RuleViolation("plan.line.rate.required"));
        this.school = newSchool;
        this.schoolYear = newYear;
        this.kind = details.kind();
        this.equipmentType = details.equipmentType();
        this.label = newLabel;
        this.quantity = details.quantity();
        this.unitCost = details.unitCost().setScale(2, RoundingMode.HALF_UP);
        this.programme = details.programme();
        this.grantRate = rate;
    }

    /**
     * Moves the line to a state. Ordering names the order's reference and may give its actual amount
     * (the estimate otherwise); ordering and delivering record their day. Moving back clears what the
     * later states recorded. Refused once claimed.
     */
    public void moveTo(PlanLineState newState, LocalDate on, String reference, BigDecimal amount) {
        refuseWhenClaimed();
        if (newState == null) {
            throw new RuleViolation("plan.line.state.required");
        }
        if (newState.reached(PlanLineState.ORDERED) && !state.reached(PlanLineState.ORDERED)) {
            if (on == null) {
                throw new RuleViolation("plan.line.date.required");
            }
            if (amount != null && (amount.signum() < 0 || amount.compareTo(PlanEnvelope.MAX_AMOUNT) > 0)) {
                throw new RuleViolation("plan.line.cost.range");
            }
            this.orderReference = Texts.required(reference, "plan.line.order.required", REFERENCE_LENGTH);
            this.orderedAmount = (amount == null ? estimatedCost() : amount).setScale(2, RoundingMode.HALF_UP);
            this.orderedOn = on;
        }
        if (newState.reached(PlanLineState.DELIVERED) && !state.reached(PlanLineState.DELIVERED)) {
            if (on == null) {
                throw new RuleViolation("plan.line.date.required");
            }
            if (orderedOn != null && on.isBefore(orderedOn)) {
                throw new RuleViolation("plan.line.date.beforeOrder");
            }
            this.deliveredOn = on;
        }
        if (!newState.reached(PlanLineState.DELIVERED)) {
            this.deliveredOn = null;
        }
        if (!newState.reached(PlanLineState.ORDERED)) {
            this.orderReference = null;
            this.orderedAmount = null;
            this.orderedOn = null;
        }
        this.state = newState;
    }

    /** Records an invoice of the line. Refused once claimed. */
    public PlanInvoice addInvoice(String reference, LocalDate issuedOn, LocalDate paidOn, BigDecimal amount) {
        refuseWhenClaimed();
        PlanInvoice invoice = new PlanInvoice(this, reference, issuedOn, paidOn, amount);
        boolean taken = invoices.stream().anyMatch(other -> other.reference().equalsIgnoreCase(invoice.reference()));
        if (taken) {
            throw new RuleViolation("plan.invoice.reference.taken", invoice.reference());
        }
        invoices.add(invoice);
        return invoice;
    }

    /** Records the day an invoice was paid. Refused once claimed. */
    public void markPaid(Long invoiceId, LocalDate paidOn) {
        refuseWhenClaimed();
        invoice(invoiceId).pay(paidOn);
    }

    /** Forgets an invoice typed by mistake. Refused once claimed. */
    public void removeInvoice(Long invoiceId) {
        refuseWhenClaimed();
        invoices.remove(invoice(invoiceId));
    }

    private PlanInvoice invoice(Long invoiceId) {
        return invoices.stream().filter(invoice -> Objects.equals(invoice.id(), invoiceId)).findFirst()
                .orElseThrow(() -> new RuleViolation("plan.invoice.notFound"));
    }

    /**
     * Links an item already in Tandem to this equipment line: of the line's type, in its school (or
     * the plan's city for a city-wide line). Whether the item belongs to another line is the caller's
     * check (a unique constraint stands behind it).
     */
    public void link(Equipment item) {
        if (kind != PlanLineKind.EQUIPMENT) {
            throw new RuleViolation("plan.line.link.kind");
        }
        if (item.type() != equipmentType) {
            throw new RuleViolation("plan.line.link.type", item.serialNumber());
        }
        boolean inPlace = school == null
                ? item.school().city() != null && Objects.equals(item.school().city().id(), plan.city().id())
                : Objects.equals(item.school().id(), school.id());
        if (!inPlace) {
            throw new RuleViolation("plan.line.link.school", item.serialNumber());
        }
        if (!items.contains(item)) {
            items.add(item);
        }
    }

    /** Links a licence already in Tandem to this licence line (of the plan's city). */
    public void link(Licence licence) {
        if (kind != PlanLineKind.LICENCE) {
            throw new RuleViolation("plan.line.link.kind");
        }
        if (licence.city() == null || !Objects.equals(licence.city().id(), plan.city().id())) {
            throw new RuleViolation("plan.line.link.city");
        }
        if (!licences.contains(licence)) {
            licences.add(licence);
        }
    }

    /** Unlinks an item or a licence. */
    public void unlink(Equipment item) {
        items.remove(item);
    }

    public void unlink(Licence licence) {
        licences.remove(licence);
    }

    /**
     * Freezes the line under a grant claim: it must be of a claimable programme, delivered, paid in
     * part at least, and not already claimed.
     */
    public void freezeFor(String claim) {
        refuseWhenClaimed();
        if (!programme.claimable()) {
            throw new RuleViolation("plan.line.claim.programme");
        }
        if (!state.reached(PlanLineState.DELIVERED) || paid().signum() == 0) {
            throw new RuleViolation("plan.line.claim.notPaid", label);
        }
        this.claimReference = Texts.required(claim, "plan.line.claim.required", REFERENCE_LENGTH);
    }

    /** Lets the line go when the grant claim that froze it is cancelled: it can change and be claimed again. */
    public void releaseFrom(String claim) {
        if (claimReference == null || !claimReference.equals(claim)) {
            throw new RuleViolation("plan.claim.line.notInClaim", label);
        }
        this.claimReference = null;
    }

    /** The day its last paid invoice was paid, or null when none is paid. */
    public LocalDate lastPaidOn() {
        return invoices.stream().map(PlanInvoice::paidOn).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
    }

    private void refuseWhenClaimed() {
        if (claimReference != null) {
            throw new RuleViolation("plan.line.claimed", claimReference);
        }
    }

    /** Whether the line may be deleted: still planned, not claimed and without invoices. */
    public boolean removable() {
        return state == PlanLineState.PLANNED && claimReference == null && invoices.isEmpty();
    }

    /** Quantity times unit cost. */
    public BigDecimal estimatedCost() {
        return unitCost.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The part of the estimated cost its programme grants (for the city's own budget, what the city pays). */
    public BigDecimal estimatedGrant() {
        return share(estimatedCost());
    }

    /** The invoices' total. */
    public BigDecimal invoiced() {
        return invoices.stream().map(PlanInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The total of the invoices paid. */
    public BigDecimal paid() {
        return invoices.stream().filter(PlanInvoice::paid).map(PlanInvoice::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The grant rate applied to an amount, to the cent. */
    public BigDecimal share(BigDecimal amount) {
        return amount.multiply(grantRate).divide(PlanEnvelope.HUNDRED, 2, RoundingMode.HALF_UP);
    }

    public boolean claimed() {
        return claimReference != null;
    }

    public Long id() {
        return id;
    }

    public DigitalPlan plan() {
        return plan;
    }

    /** The school, or null for the city's schools as a whole. */
    public School school() {
        return school;
    }

    public int schoolYear() {
        return schoolYear;
    }

    public PlanLineKind kind() {
        return kind;
    }

    public EquipmentType equipmentType() {
        return equipmentType;
    }

    public String label() {
        return label;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    public Programme programme() {
        return programme;
    }

    public BigDecimal grantRate() {
        return grantRate;
    }

    public PlanLineState state() {
        return state;
    }

    public String orderReference() {
        return orderReference;
    }

    public BigDecimal orderedAmount() {
        return orderedAmount;
    }

    public LocalDate orderedOn() {
        return orderedOn;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public String claimReference() {
        return claimReference;
    }

    public List<Equipment> items() {
        return List.copyOf(items);
    }

    public List<Licence> licences() {
        return List.copyOf(licences);
    }

    public List<PlanInvoice> invoices() {
        return List.copyOf(invoices);
    }

    public PlanLineDetails details() {
        return new PlanLineDetails(kind, equipmentType, label, quantity, unitCost, programme, grantRate);
    }

    public long version() {
        return version;
    }
}
