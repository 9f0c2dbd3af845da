package fr.tandem.equipment;

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
import java.time.Instant;

/** One line of an item's history: its entry, a move, or a status change; never changed afterwards. */
@Entity
@Table(name = "equipment_event")
public class EquipmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equipment_event_seq")
    @SequenceGenerator(name = "equipment_event_seq", sequenceName = "equipment_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id")
    private Equipment equipment;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EquipmentEventKind kind;

    /** Before and after: the school UAI and room for a move, the status for a status change. */
    @Column(name = "from_value", length = 200)
    private String from;

    @Column(name = "to_value", length = 200)
    private String to;

    @Column(length = 500)
    private String note;

    @Column(name = "done_by", nullable = false, length = 60)
    private String by;

    protected EquipmentEvent() {
        // for JPA
    }

    EquipmentEvent(Equipment equipment, Instant at, EquipmentEventKind kind, String from, String to, String note,
                   String by) {
        this.equipment = equipment;
        this.at = at;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.note = note;
        this.by = by;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public EquipmentEventKind kind() {
        return kind;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String note() {
        return note;
    }

    public String by() {
        return by;
    }
}
