package fr.tandem.platform.audit;

import fr.tandem.platform.Paging;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.persistence.BoundedCount;
import fr.tandem.platform.persistence.QueryFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

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
        QueryFilter filter = filter(type, entityId, username, from, to);
        return new AuditPage(count(filter), items(filter, first, size));
    }

    /**
     * The number of events that match the same criteria as {@link #search}, counted up to
     * {@link BoundedCount#BOUND} and one (for a table that pages).
     */
    public long count(String type, String entityId, String username, LocalDate from, LocalDate to) {
        return count(filter(type, entityId, username, from, to));
    }

    /** One page of the events that match the same criteria as {@link #search}, newest first (for a table that pages). */
    public List<AuditEntry> items(String type, String entityId, String username, LocalDate from, LocalDate to,
                                  int first, int size) {
        return items(filter(type, entityId, username, from, to), first, size);
    }

    private long count(QueryFilter filter) {
        return BoundedCount.of(filter.bind(em.createQuery("select e.id from AuditEvent e" + filter.where(), Long.class)));
    }

    private List<AuditEntry> items(QueryFilter filter, int first, int size) {
        return filter.bind(em.createQuery("select e from AuditEvent e" + filter.where()
                        + " order by e.occurredAt desc, e.id desc", AuditEvent.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), Paging.MAX_SIZE))
                .getResultStream().map(AuditEntry::of).toList();
    }

    private static QueryFilter filter(String type, String entityId, String username, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolation("audit.period");
        }
        QueryFilter filter = new QueryFilter();
        if (type != null && !type.isBlank()) {
            filter.and("lower(e.entityType) = :type", "type", type.strip().toLowerCase(Locale.ROOT));
        }
        if (entityId != null && !entityId.isBlank()) {
            filter.and("e.entityId = :entityId", "entityId", entityId.strip());
        }
        if (username != null && !username.isBlank()) {
            filter.and("e.username = :username", "username", username.strip().toLowerCase(Locale.ROOT));
        }
        if (from != null) {
            filter.and("e.occurredAt >= :from", "from", from.atStartOfDay(PARIS).toInstant());
        }
        if (to != null) {
            filter.and("e.occurredAt < :to", "to", to.plusDays(1).atStartOfDay(PARIS).toInstant());
        }
        return filter;
    }

    /** The entity types the trail holds, for the filter of the page. */
    public List<String> types() {
        return em.createQuery("select distinct e.entityType from AuditEvent e order by e.entityType", String.class)
                .getResultList();
    }
}
