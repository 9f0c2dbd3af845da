package fr.tandem.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to one entity: who, when, what, and the attributes changed (JSON, secrets masked).
 * Append-only: rows are written by the audit listener in the transaction of the change, and the
 * mapping is read-only (no code path deletes them; the one update is the retention rule's, which puts
 * an anonymised person's pseudonym in place of their name: {@code AuditPseudonyms}).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The username recorded when no person is behind a change (timers, startup). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false, length = 10)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 100)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 100)
    private String entityId;

    @Column(nullable = false, length = 16000)
    private String changes;

    protected AuditEvent() {
        // read by JPA only
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String username() {
        return username;
    }

    /** INSERT, UPDATE or DELETE. */
    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    /** JSON object: attribute name to {@code {"old":…,"new":…}} (or {@code added}/{@code removed} for collections). */
    public String changes() {
        return changes;
    }
}
