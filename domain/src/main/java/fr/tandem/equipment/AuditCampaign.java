package fr.tandem.equipment;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.City;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A physical audit of a city's equipment: a name, a due date, open until city staff close it. The
 * items it expects are a snapshot taken at opening ({@link AuditItem}), so that its progress stays
 * stable while the inventory changes; a closed campaign keeps its result and takes no more sightings.
 */
@Entity
@Table(name = "audit_campaign")
public class AuditCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_campaign_seq")
    @SequenceGenerator(name = "audit_campaign_seq", sequenceName = "audit_campaign_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private City city;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 60)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected AuditCampaign() {
        // for JPA
    }

    public AuditCampaign(City city, String name, LocalDate dueDate, boolean demo, String by, Instant now) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("audit.name.required");
        }
        if (name.strip().length() > 150) {
            throw new RuleViolation("audit.name.tooLong", 150);
        }
        if (dueDate == null) {
            throw new RuleViolation("audit.dueDate.required");
        }
        this.city = city;
        this.name = name.strip();
        this.dueDate = dueDate;
        this.demo = demo;
        this.openedBy = Objects.requireNonNull(by, "by");
        this.openedAt = now;
    }

    /** Closes the campaign: its result stays as it is. */
    public void close(String by, Instant now) {
        if (!open()) {
            throw new RuleViolation("audit.closed", name);
        }
        closedAt = now;
        closedBy = by;
    }

    public boolean open() {
        return closedAt == null;
    }

    public Long id() {
        return id;
    }

    public City city() {
        return city;
    }

    public String name() {
        return name;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public boolean demo() {
        return demo;
    }

    public long version() {
        return version;
    }
}
