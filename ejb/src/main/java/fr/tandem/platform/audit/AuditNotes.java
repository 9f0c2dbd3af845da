package fr.tandem.platform.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.persistence.sessions.Session;

/**
 * Adds to the audit trail an event that is not the change of one entity (e.g. a retention run and how
 * many accounts it anonymised), in the current transaction, under the current caller as the listener
 * records them ({@value AuditEvent#SYSTEM} for a timer).
 */
@Dependent
public class AuditNotes {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** One event: {@code action} (at most 10 characters) on {@code entityType} {@code entityId}, with its figures. */
    public void note(String action, String entityType, String entityId, AuditChanges changes) {
        long id = em.unwrap(Session.class).getNextSequenceNumberValue(AuditEvent.class).longValue();
        em.createNativeQuery("insert into audit_event (id, occurred_at, username, action, entity_type, entity_id,"
                        + " changes) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, Instant.now().atOffset(ZoneOffset.UTC))
                .setParameter(3, AuditListener.caller()).setParameter(4, action).setParameter(5, entityType)
                .setParameter(6, entityId).setParameter(7, changes.toJson()).executeUpdate();
    }
}
