package fr.tandem.equipment;

import fr.tandem.licence.Supplier;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One intervention on an item: when, who did it (a supplier of the item's city, or a staff
 * member named), what it cost, what was done, and the teacher's request it answered if any (its
 * number only: equipment knows nothing of requests). Its rules: a day not in the future, a cost
 * of at least zero, a description, one doer.
 */
@Entity
@Table(name = "equipment_maintenance")
public class MaintenanceRecord {

    /** The longest description. */
    public static final int MAX_TEXT = 2000;
    private static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equipment_maintenance_seq")
    @SequenceGenerator(name = "equipment_maintenance_seq", sequenceName = "equipment_maintenance_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id", nullable = false)
    private Equipment equipment;

    @Column(name = "performed_on", nullable = false)
    private LocalDate performedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @Column(name = "staff_name", length = 100)
    private String staffName;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal cost;

    @Column(nullable = false, length = MAX_TEXT)
    private String description;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected MaintenanceRecord() {
        // for JPA
    }

    public MaintenanceRecord(Equipment equipment, MaintenanceDetails details, Supplier supplier, LocalDate today,
                             String by, Instant now) {
        this.equipment = Objects.requireNonNull(equipment, "equipment");
        this.recordedBy = by;
        this.recordedAt = now;
        revise(details, supplier, today);
    }

    /**
     * Sets what the record says. A day in the future, a negative cost, no description, neither or
     * both of a supplier and a staff member, a supplier of another city or a request number below 1
     * are refused.
     */
    public final void revise(MaintenanceDetails details, Supplier newSupplier, LocalDate today) {
        Objects.requireNonNull(details, "details");
        if (details.performedOn() == null) {
            throw new RuleViolation("maintenance.date.required");
        }
        if (details.performedOn().isAfter(today)) {
            throw new RuleViolation("maintenance.date.future");
        }
        if (details.cost() == null) {
            throw new RuleViolation("maintenance.cost.required");
        }
        if (details.cost().signum() < 0 || details.cost().compareTo(MAX_COST) > 0) {
            throw new RuleViolation("maintenance.cost.invalid");
        }
        String cleanedStaff = Texts.optional(details.staffName(), 100);
        if (newSupplier == null == (cleanedStaff == null)) {
            throw new RuleViolation("maintenance.doer.one");
        }
        if (newSupplier != null && !sameCity(newSupplier)) {
            throw new RuleViolation("maintenance.supplier.otherCity", newSupplier.name());
        }
        if (details.requestId() != null && details.requestId() < 1) {
            throw new RuleViolation("maintenance.request.invalid");
        }
        String cleanedText = Texts.optionalBlock(details.description(), MAX_TEXT);
        if (cleanedText == null) {
            throw new RuleViolation("maintenance.text.required");
        }
        performedOn = details.performedOn();
        cost = details.cost().setScale(2, RoundingMode.HALF_UP);
        supplier = newSupplier;
        staffName = cleanedStaff;
        description = cleanedText;
        requestId = details.requestId();
    }

    private boolean sameCity(Supplier candidate) {
        var itemCity = equipment.school().city();
        return itemCity != null && candidate.city() != null && Objects.equals(itemCity.id(), candidate.city().id());
    }

    public Long id() {
        return id;
    }

    public Equipment equipment() {
        return equipment;
    }

    public LocalDate performedOn() {
        return performedOn;
    }

    public Supplier supplier() {
        return supplier;
    }

    public String staffName() {
        return staffName;
    }

    public BigDecimal cost() {
        return cost;
    }

    public String description() {
        return description;
    }

    public Long requestId() {
        return requestId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
