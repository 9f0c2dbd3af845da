package fr.tandem.equipment;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something lent as a whole (a tablet cart, a webradio kit, a set of robots): a name, a type, its
 * pool, the equipment items it is made of and the checklist of its parts, one per line. Its row is
 * the lock reservations take, so that two of them never hold it for the same day.
 */
@Entity
@Table(name = "kit")
public class Kit {

    /** The most parts a checklist holds. */
    public static final int MAX_PARTS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kit_seq")
    @SequenceGenerator(name = "kit_seq", sequenceName = "kit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EquipmentType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pool_id")
    private LoanPool pool;

    @ManyToMany
    @JoinTable(name = "kit_item", joinColumns = @JoinColumn(name = "kit_id"),
            inverseJoinColumns = @JoinColumn(name = "equipment_id"))
    @OrderBy("serialNumber ASC")
    private List<Equipment> items = new ArrayList<>();

    @Column(nullable = false, length = 2000)
    private String checklist;

    @Version
    private long version;

    protected Kit() {
        // for JPA
    }

    public Kit(String name, EquipmentType type, LoanPool pool, List<Equipment> items, String checklist) {
        this.pool = Objects.requireNonNull(pool, "pool");
        change(name, type, items, checklist);
    }

    /** Changes the kit's description, items and checklist; items must sit in the pool's city. */
    public void change(String newName, EquipmentType newType, List<Equipment> newItems, String newChecklist) {
        if (newType == null) {
            throw new RuleViolation("loans.kit.type.required");
        }
        for (Equipment item : newItems) {
            if (item.school().city() == null || !item.school().city().id().equals(pool.city().id())) {
                throw new RuleViolation("loans.kit.itemOutsideCity", item.serialNumber());
            }
            if (item.status() == EquipmentStatus.RETIRED) {
                throw new RuleViolation("equipment.retired", item.serialNumber());
            }
        }
        List<String> parts = parts(newChecklist);
        if (parts.isEmpty()) {
            throw new RuleViolation("loans.kit.checklist.required");
        }
        if (parts.size() > MAX_PARTS) {
            throw new RuleViolation("loans.kit.checklist.tooLong", MAX_PARTS);
        }
        this.name = Texts.required(newName, "loans.kit.name.required", 150);
        this.type = newType;
        this.items = new ArrayList<>(newItems);
        this.checklist = String.join("\n", parts);
        if (this.checklist.length() > 2000) {
            throw new RuleViolation("text.tooLong", 2000);
        }
    }

    /** The parts of a checklist typed one per line (or separated by commas), cleaned, empty ones left out. */
    public static List<String> parts(String raw) {
        if (raw == null) {
            return List.of();
        }
        return Arrays.stream(raw.split("[\\r\\n,]+")).map(p -> Texts.optional(p, 150)).filter(Objects::nonNull)
                .distinct().toList();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public EquipmentType type() {
        return type;
    }

    public LoanPool pool() {
        return pool;
    }

    public List<Equipment> items() {
        return List.copyOf(items);
    }

    public List<String> checklist() {
        return parts(checklist);
    }
}
