package fr.tandem.equipment;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One item of school equipment, known by its serial number. It changes through named methods
 * that keep its history: moves (school or room) and status changes are recorded with who and when.
 */
@Entity
@Table(name = "equipment")
public class Equipment {

    private static final Pattern SERIAL = Pattern.compile("[A-Z0-9][A-Z0-9./_-]{0,59}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equipment_seq")
    @SequenceGenerator(name = "equipment_seq", sequenceName = "equipment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "serial_number", nullable = false, unique = true, length = 60)
    private String serialNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EquipmentType type;

    @Column(nullable = false, length = 100)
    private String brand;

    @Column(length = 100)
    private String model;

    @Column(length = 100)
    private String room;

    @Column(name = "purchase_date")
    private LocalDate purchaseDate;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "tne_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal tneAmount;

    @Column(name = "warranty_end")
    private LocalDate warrantyEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EquipmentStatus status;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "equipment", cascade = CascadeType.PERSIST)
    @OrderBy("at ASC, id ASC")
    private List<EquipmentEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected Equipment() {
        // for JPA
    }

    public Equipment(String serialNumber, School school, EquipmentDetails details, boolean demo, String by,
                     Instant now) {
        this.serialNumber = normalizeSerial(serialNumber);
        this.school = Objects.requireNonNull(school, "school");
        apply(details);
        this.status = EquipmentStatus.IN_SERVICE;
        this.demo = demo;
        this.createdAt = now;
        history.add(new EquipmentEvent(this, now, EquipmentEventKind.CREATED, null, place(), null, by));
    }

    /** The form a serial number is stored and looked up in (trimmed, upper case), checked. */
    public static String normalizeSerial(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("equipment.serial.required");
        }
        String candidate = raw.strip().toUpperCase(Locale.ROOT);
        if (!SERIAL.matcher(candidate).matches()) {
            throw new RuleViolation("equipment.serial.shape", raw.strip());
        }
        return candidate;
    }

    /**
     * Changes the description and the place; a change of school or room is recorded as a move.
     *
     * @return whether anything changed
     */
    public boolean update(EquipmentDetails details, School newSchool, String by, Instant now) {
        Objects.requireNonNull(newSchool, "school");
        if (details.equals(details()) && newSchool.id().equals(school.id())) {
            return false;
        }
        if (status == EquipmentStatus.RETIRED) {
            throw new RuleViolation("equipment.retired", serialNumber);
        }
        String before = place();
        school = newSchool;
        apply(details);
        String after = place();
        if (!before.equals(after)) {
            history.add(new EquipmentEvent(this, now, EquipmentEventKind.MOVED, before, after, null, by));
        }
        return true;
    }

    /**
     * Changes the status and records it; a retired item cannot come back.
     *
     * @return whether the status changed (asking for the current status changes nothing)
     */
    public boolean changeStatus(EquipmentStatus newStatus, String note, String by, Instant now) {
        Objects.requireNonNull(newStatus, "status");
        if (newStatus == status) {
            return false;
        }
        if (status == EquipmentStatus.RETIRED) {
            throw new RuleViolation("equipment.retired", serialNumber);
        }
        history.add(new EquipmentEvent(this, now, EquipmentEventKind.STATUS, status.name(), newStatus.name(),
                Texts.optional(note, 500), by));
        status = newStatus;
        return true;
    }

    private void apply(EquipmentDetails details) {
        Objects.requireNonNull(details, "details");
        type = details.type();
        brand = details.brand();
        model = details.model();
        room = details.room();
        purchaseDate = details.purchaseDate();
        price = details.price();
        tneAmount = details.tneAmount();
        warrantyEnd = details.warrantyEnd();
    }

    private String place() {
        return school.uai().value() + (room == null ? "" : " / " + room);
    }

    public EquipmentDetails details() {
        return new EquipmentDetails(type, brand, model, room, purchaseDate, price, tneAmount, warrantyEnd);
    }

    public boolean underWarranty(LocalDate today) {
        return warrantyEnd != null && !today.isAfter(warrantyEnd);
    }

    public Long id() {
        return id;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public School school() {
        return school;
    }

    public EquipmentType type() {
        return type;
    }

    public String brand() {
        return brand;
    }

    public String model() {
        return model;
    }

    public String room() {
        return room;
    }

    public LocalDate purchaseDate() {
        return purchaseDate;
    }

    public BigDecimal price() {
        return price;
    }

    public BigDecimal tneAmount() {
        return tneAmount;
    }

    public LocalDate warrantyEnd() {
        return warrantyEnd;
    }

    public EquipmentStatus status() {
        return status;
    }

    public boolean demo() {
        return demo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<EquipmentEvent> history() {
        return Collections.unmodifiableList(history);
    }

    public long version() {
        return version;
    }
}
