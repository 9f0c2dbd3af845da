package fr.tandem.support.boundary;

import fr.tandem.equipment.Equipment;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.Paging;
import fr.tandem.school.control.CityConfinement;
import fr.tandem.support.RequestStatus;
import fr.tandem.support.SupportRequest;
import fr.tandem.support.control.RequestSteps;
import fr.tandem.support.control.RequestSummaries;
import fr.tandem.support.control.SupportMails;
import fr.tandem.support.model.RequestPage;
import fr.tandem.support.model.RequestQuery;
import fr.tandem.support.model.RequestSummary;
import fr.tandem.support.model.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The city staff's queue and the steps only they take through the workflow of
 * {@link SupportRequest}: assign, start, ask the teacher, write an internal note, resolve, link
 * an item, pass a training need to the inspectors; and the next request of the queue. Each step locks the request's row and queues its mails in the same
 * transaction. City staff see and work on their city's schools' requests only.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF"})
public class RequestQueue {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    RequestSummaries summaries;

    @Inject
    RequestSteps steps;

    @Inject
    SupportMails mails;

    @Inject
    CityConfinement caller;

    /**
     * A page of the queue, filtered and sorted: {@code size} requests (within {@link Paging}'s
     * convention) from the {@code first} (0 for the first), and how many match in all.
     */
    public RequestPage page(RequestQuery query, int first, int size) {
        List<RequestSummary> all = search(query);
        int from = Math.min(Math.max(first, 0), all.size());
        int to = Math.min(from + Paging.clamp(size), all.size());
        return new RequestPage(all.size(), true, List.copyOf(all.subList(from, to)));
    }

    /** The queue, filtered and sorted. */
    public List<RequestSummary> search(RequestQuery query) {
        StringBuilder jpql = new StringBuilder("select r from SupportRequest r join fetch r.school s where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        Long city = caller.confinedToCityId();
        if (city != null) {
            jpql.append(" and s.city.id = :city");
            parameters.put("city", city);
        }
        if (query.status() != null) {
            jpql.append(" and r.status = :status");
            parameters.put("status", query.status());
        } else if (query.openOnly()) {
            jpql.append(" and r.status not in :done");
            parameters.put("done", List.of(RequestStatus.RESOLVED, RequestStatus.CLOSED));
        }
        String[] words = query.text() == null ? new String[0] : query.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
        int n = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String name = "w" + n++;
            jpql.append(" and (lower(r.subject) like :").append(name).append(" escape '!' or lower(r.description) like :")
                    .append(name).append(" escape '!' or lower(s.name) like :").append(name)
                    .append(" escape '!' or lower(concat(concat(r.requester.firstName, ' '), r.requester.lastName)) like :")
                    .append(name).append(" escape '!')");
            parameters.put(name, "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (query.category() != null) {
            jpql.append(" and r.category = :category");
            parameters.put("category", query.category());
        }
        if (query.schoolUai() != null && !query.schoolUai().isBlank()) {
            jpql.append(" and s.uai.value = :uai");
            parameters.put("uai", query.schoolUai().strip().toUpperCase(Locale.ROOT));
        }
        if ("-".equals(query.assignee())) {
            jpql.append(" and r.assignee is null");
        } else if (query.assignee() != null && !query.assignee().isBlank()) {
            jpql.append(" and r.assignee.username = :assignee");
            parameters.put("assignee", query.assignee().strip().toLowerCase(Locale.ROOT));
        }
        TypedQuery<SupportRequest> select = em.createQuery(jpql.toString(), SupportRequest.class);
        parameters.forEach(select::setParameter);
        List<RequestSummary> found = summaries.summaries(select.getResultList()).stream()
                .filter(r -> !query.overdueOnly() || r.overdue()).toList();
        Comparator<RequestSummary> order = switch (query.sort() == null ? "" : query.sort()) {
            case "resolutionDue" -> Comparator.comparing(RequestSummary::resolutionDue);
            case "status" -> Comparator.comparing(RequestSummary::status);
            case "category" -> Comparator.comparing(RequestSummary::category);
            case "schoolName" -> Comparator.comparing(RequestSummary::schoolName);
            case "subject" -> Comparator.comparing(RequestSummary::subject, String.CASE_INSENSITIVE_ORDER);
            default -> Comparator.comparing(RequestSummary::createdAt);
        };
        order = order.thenComparing(RequestSummary::id);
        return found.stream().sorted(query.ascending() ? order : order.reversed()).toList();
    }

    /**
     * The request after the given one in the queue as the query filters and orders it: the first
     * one when the given one is no longer in it (it was resolved, say), none after the last.
     */
    public Optional<Long> next(RequestQuery query, long currentId) {
        List<Long> ids = search(query).stream().map(RequestSummary::id).toList();
        int at = ids.indexOf(currentId);
        return at + 1 < ids.size() ? Optional.of(ids.get(at + 1)) : Optional.empty();
    }

    /** The people requests may be assigned to: the city staff (a city employee's: of their city). */
    public List<StaffMember> staff() {
        Long city = caller.confinedToCityId();
        TypedQuery<Account> staff = em.createQuery("select a from Account a join a.roles r where r = :role "
                        + "and a.active = :active" + (city == null ? "" : " and a.city.id = :city")
                        + " order by a.lastName, a.firstName", Account.class)
                .setParameter("role", Role.CITY_STAFF).setParameter("active", Boolean.TRUE);
        return (city == null ? staff : staff.setParameter("city", city)).getResultStream()
                .map(a -> new StaffMember(a.username(), a.displayName())).toList();
    }

    /** Assigns the request to one of the staff of the city owning its school. */
    public RequestSummary assign(long id, String username) {
        Account assignee = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("support.assignee.notFound"));
        Long city = caller.confinedToCityId();
        if (city != null && (assignee.city() == null || !city.equals(assignee.city().id()))) {
            throw new NotFound("support.assignee.notFound");
        }
        return steps.apply(id, (request, me, now) -> request.assign(assignee, me, now));
    }

    public RequestSummary start(long id) {
        return steps.apply(id, (request, me, now) -> request.start(me, now));
    }

    public RequestSummary askTeacher(long id, String question) {
        return steps.apply(id, (request, me, now) -> request.askTeacher(me, question, now));
    }

    /** Resolves the request; its item is back in service unless {@code itemBackInService} is false. */
    public RequestSummary resolve(long id, String solution, boolean itemBackInService) {
        return steps.apply(id, (request, me, now) -> request.resolve(me, solution, itemBackInService, now));
    }

    /** An internal note for the city staff: never shown nor mailed to the school. */
    public RequestSummary note(long id, String text) {
        return steps.apply(id, (request, me, now) -> request.note(me, text, now));
    }

    public RequestSummary linkEquipment(long id, long equipmentId) {
        Equipment item = em.find(Equipment.class, equipmentId);
        if (item == null || !steps.inCallersCity(item.school())) {
            throw new NotFound("equipment.notFound");
        }
        return steps.apply(id, (request, me, now) -> request.linkEquipment(item, me, now));
    }

    /** Passes a training need to the inspectors of the school's circonscription, by mail and on their page. */
    public RequestSummary referToInspector(long id) {
        return steps.apply(id, (request, me, now) -> {
            request.referToInspector(me, now);
            mails.referredToInspectors(request, em.createQuery("select a from Account a join a.roles r "
                            + "where r = :role and a.circonscription = :c and a.active = :active", Account.class)
                    .setParameter("role", Role.INSPECTOR).setParameter("c", request.school().circonscription())
                    .setParameter("active", Boolean.TRUE).getResultList());
        });
    }
}
