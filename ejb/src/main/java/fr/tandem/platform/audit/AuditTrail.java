package fr.tandem.platform.audit;

import fr.tandem.platform.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Admins read the audit trail (reading only: nothing here, or anywhere, changes it). */
@Stateless
@RolesAllowed("ADMIN")
public class AuditTrail {

    /** Dates typed by admins are days in Paris. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /**
     * Events of an entity type (its name, e.g. {@code School}), of one entity id, by one username,
     * between two days (both included); every criterion is optional. Newest first.
     */
    public AuditPage search(String type, String entityId, String username, LocalDate from, LocalDate to,
                            int first, int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolation("audit.period");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (type != null && !type.isBlank()) {
            where.append(" and lower(e.entityType) = :type");
            parameters.put("type", type.strip().toLowerCase(Locale.ROOT));
        }
        if (entityId != null && !entityId.isBlank()) {
            where.append(" and e.entityId = :entityId");
            parameters.put("entityId", entityId.strip());
        }
        if (username != null && !username.isBlank()) {
            where.append(" and e.username = :username");
            parameters.put("username", username.strip().toLowerCase(Locale.ROOT));
        }
        if (from != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", from.atStartOfDay(PARIS).toInstant());
        }
        if (to != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", to.plusDays(1).atStartOfDay(PARIS).toInstant());
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        TypedQuery<AuditEvent> select = em.createQuery("select e from AuditEvent e" + where
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        List<AuditEntry> items = select.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500))
                .getResultStream().map(AuditEntry::of).toList();
        return new AuditPage(count.getSingleResult(), items);
    }

    /** The entity types the trail holds, for the filter of the page. */
    public List<String> types() {
        return em.createQuery("select distinct e.entityType from AuditEvent e order by e.entityType", String.class)
                .getResultList();
    }
}
