package fr.tandem.support.control;

import fr.tandem.people.Account;
import fr.tandem.support.MessageEvent;
import fr.tandem.support.RequestMessage;
import fr.tandem.support.RequestReading;
import fr.tandem.support.SupportRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the school's people have read: when each of them last opened a request, and so which
 * requests hold a reply of the city (a comment, a question, a solution — never an internal note)
 * written since.
 */
@Dependent
public class Readings {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The person has just read the request. */
    public void read(SupportRequest request, Account reader, Instant now) {
        em.createQuery("select r from RequestReading r where r.request = :request and r.reader = :reader",
                        RequestReading.class).setParameter("request", request).setParameter("reader", reader)
                .getResultStream().findFirst()
                .ifPresentOrElse(reading -> reading.readAgain(now), () -> em.persist(new RequestReading(request, reader, now)));
    }

    /** The ids of those requests with a reply of the city the reader has not read. */
    public Set<Long> unread(List<SupportRequest> requests, Account reader) {
        if (requests.isEmpty()) {
            return Set.of();
        }
        Map<Long, Instant> read = new HashMap<>();
        em.createQuery("select r.request.id, r from RequestReading r where r.reader = :reader "
                        + "and r.request in :requests", Object[].class)
                .setParameter("reader", reader).setParameter("requests", requests).getResultStream()
                .forEach(row -> read.put((Long) row[0], ((RequestReading) row[1]).readAt()));
        // the latest reply of each request (a max() in the query would bypass the Instant converter)
        Map<Long, Instant> latest = new HashMap<>();
        em.createQuery("select m.request.id, m from RequestMessage m where m.request in :requests "
                        + "and m.fromStaff = true and m.internal = false and m.body is not null and m.event in :events",
                        Object[].class)
                .setParameter("requests", requests).setParameter("events", List.of(MessageEvent.COMMENT, MessageEvent.STATUS))
                .getResultStream()
                .forEach(row -> latest.merge((Long) row[0], ((RequestMessage) row[1]).at(), (a, b) -> a.isAfter(b) ? a : b));
        Set<Long> unread = new HashSet<>();
        latest.forEach((id, at) -> {
            if (read.get(id) == null || at.isAfter(read.get(id))) {
                unread.add(id);
            }
        });
        return unread;
    }
}
