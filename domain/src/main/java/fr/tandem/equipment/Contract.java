package fr.tandem.equipment;

import fr.tandem.licence.Supplier;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.City;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A maintenance, rental or support contract a city signed with a supplier (the licences'
 * suppliers) for some of its equipment. It runs from its start to its end; with a notice period,
 * it must be denounced by its notice deadline (end minus the notice), else a tacit renewal goes
 * on. It covers items of its own city only.
 */
@Entity
@Table(name = "equipment_contract")
public class Contract {

    /** The longest reference kept. */
    public static final int REFERENCE_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equipment_contract_seq")
    @SequenceGenerator(name = "equipment_contract_seq", sequenceName = "equipment_contract_seq", allocationSize = 50)
    private Long id;

    /** The city that signed it: the supplier's, set once. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id", nullable = false)
    private City city;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(nullable = false, length = REFERENCE_LENGTH)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractKind kind;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "yearly_cost", nullable = false, precision = 12, scale = 2)
    private BigDecimal yearlyCost;

    @Column(name = "notice_days", nullable = false)
    private int noticeDays;

    @Column(length = 2000)
    private String note;

    @Column(name = "tacit_renewal", nullable = false)
    private boolean tacitRenewal;

    @ManyToMany
    @JoinTable(name = "equipment_contract_item", joinColumns = @JoinColumn(name = "contract_id"),
            inverseJoinColumns = @JoinColumn(name = "equipment_id"))
    @OrderBy("serialNumber ASC")
    private List<Equipment> items = new ArrayList<>();

    @Version
    private long version;

    protected Contract() {
        // for JPA
    }

    /** @throws RuleViolation without a supplier, and the rules of {@link #revise} */
    public Contract(Supplier supplier, ContractTerms terms) {
        if (supplier == null) {
            throw new RuleViolation("contract.supplier.required");
        }
        this.supplier = supplier;
        this.city = supplier.city();
        revise(supplier, terms);
    }

    /**
     * Changes what the contract says. The reference, kind and dates are required; the end is not
     * before the start; the notice is 0 or more days and shorter than the contract; the yearly cost
     * is 0 or more. The supplier stays of the contract's city.
     */
    public final void revise(Supplier newSupplier, ContractTerms terms) {
        if (newSupplier == null) {
            throw new RuleViolation("contract.supplier.required");
        }
        if (!Objects.equals(newSupplier.city().id(), city.id())) {
            throw new RuleViolation("contract.supplier.otherCity");
        }
        String newReference = Texts.required(terms.reference(), "contract.reference.required", REFERENCE_LENGTH);
        if (terms.kind() == null) {
            throw new RuleViolation("contract.kind.required");
        }
        if (terms.startsOn() == null || terms.endsOn() == null) {
            throw new RuleViolation("contract.dates.required");
        }
        if (terms.endsOn().isBefore(terms.startsOn())) {
            throw new RuleViolation("contract.dates.order");
        }
        int notice = terms.noticeDays() == null ? 0 : terms.noticeDays();
        long length = ChronoUnit.DAYS.between(terms.startsOn(), terms.endsOn()) + 1;
        if (notice < 0 || notice >= length) {
            throw new RuleViolation("contract.notice.range", length - 1);
        }
        if (terms.yearlyCost() == null || terms.yearlyCost().signum() < 0
                || terms.yearlyCost().compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw new RuleViolation("contract.cost.range");
        }
        this.supplier = newSupplier;
        this.reference = newReference;
        this.kind = terms.kind();
        this.startsOn = terms.startsOn();
        this.endsOn = terms.endsOn();
        this.yearlyCost = terms.yearlyCost().setScale(2, RoundingMode.HALF_UP);
        this.noticeDays = notice;
        this.note = Texts.optionalBlock(terms.note(), 2000);
        this.tacitRenewal = terms.tacitRenewal();
    }

    /** Covers exactly these items (of the contract's city only), in place of those it covered. */
    public void cover(Collection<Equipment> covered) {
        for (Equipment item : covered) {
            City itemCity = item.school().city();
            if (itemCity == null || !Objects.equals(itemCity.id(), city.id())) {
                throw new RuleViolation("contract.item.otherCity", item.serialNumber());
            }
        }
        items.clear();
        covered.stream().distinct().forEach(items::add);
    }

    /** The last day to denounce it (end minus the notice), or null without a notice period. */
    public LocalDate noticeDeadline() {
        return noticeDays == 0 ? null : endsOn.minusDays(noticeDays);
    }

    public Long id() {
        return id;
    }

    public City city() {
        return city;
    }

    public Supplier supplier() {
        return supplier;
    }

    public String reference() {
        return reference;
    }

    public ContractKind kind() {
        return kind;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public BigDecimal yearlyCost() {
        return yearlyCost;
    }

    public int noticeDays() {
        return noticeDays;
    }

    public String note() {
        return note;
    }

    public boolean tacitRenewal() {
        return tacitRenewal;
    }

    public List<Equipment> items() {
        return List.copyOf(items);
    }

    public long version() {
        return version;
    }
}
