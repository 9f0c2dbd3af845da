package fr.tandem.equipment;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.School;
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
import java.util.Objects;

/**
 * One item a campaign expects, as it was at opening (school, room, status), and the last sighting of
 * it: when, by whom, the room and the finding; a sighting that differs from what was expected is a
 * correction.
 */
@Entity
@Table(name = "audit_item")
public class AuditItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_item_seq")
    @SequenceGenerator(name = "audit_item_seq", sequenceName = "audit_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private AuditCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id")
    private Equipment equipment;

    /** The school the item was in at opening: the progress is counted per this school. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "expected_room", length = 100)
    private String expectedRoom;

    @Enumerated(EnumType.STRING)
    @Column(name = "expected_status", nullable = false, length = 20)
    private EquipmentStatus expectedStatus;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Column(name = "seen_by", length = 60)
    private String seenBy;

    @Column(name = "seen_room", length = 100)
    private String seenRoom;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AuditFinding finding;

    protected AuditItem() {
        // for JPA
    }

    public AuditItem(AuditCampaign campaign, Equipment equipment) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.equipment = equipment;
        this.school = equipment.school();
        this.expectedRoom = equipment.room();
        this.expectedStatus = equipment.status();
    }

    /** Records a sighting (a later one replaces an earlier one); a closed campaign takes none. */
    public void see(String room, AuditFinding found, String by, Instant now) {
        if (!campaign.open()) {
            throw new RuleViolation("audit.closed", campaign.name());
        }
        if (found == null) {
            throw new RuleViolation("audit.finding.required");
        }
        seenRoom = room == null || room.isBlank() ? null : room.strip();
        finding = found;
        seenBy = by;
        seenAt = now;
    }

    public boolean seen() {
        return seenAt != null;
    }

    /** Whether the sighting differs from what the campaign expected (room, or state). */
    public boolean corrected() {
        return seen() && (!Objects.equals(expectedRoom, seenRoom) || finding != AuditFinding.of(expectedStatus));
    }

    public Long id() {
        return id;
    }

    public AuditCampaign campaign() {
        return campaign;
    }

    public Equipment equipment() {
        return equipment;
    }

    public School school() {
        return school;
    }

    public String expectedRoom() {
        return expectedRoom;
    }

    public EquipmentStatus expectedStatus() {
        return expectedStatus;
    }

    public Instant seenAt() {
        return seenAt;
    }

    public String seenBy() {
        return seenBy;
    }

    public String seenRoom() {
        return seenRoom;
    }

    public AuditFinding finding() {
        return finding;
    }
}
