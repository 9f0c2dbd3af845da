package fr.tandem.support.boundary;

import fr.tandem.equipment.Equipment;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import fr.tandem.support.RequestAttachment;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestStatus;
import fr.tandem.support.ServiceLevel;
import fr.tandem.support.SupportRequest;
import fr.tandem.support.control.ServiceLevels;
import fr.tandem.support.control.SupportMails;
import fr.tandem.support.model.FileDownload;
import fr.tandem.support.model.RequestDetail;
import fr.tandem.support.model.RequestForm;
import fr.tandem.support.model.RequestQuery;
import fr.tandem.support.model.RequestSummary;
import fr.tandem.support.model.ServiceCompliance;
import fr.tandem.support.model.ServiceLevelSummary;
import fr.tandem.support.model.StaffMember;
import fr.tandem.support.model.TrainingNeed;
import fr.tandem.support.model.Upload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Teachers' requests to the city's IT department. Teachers and head teachers report for their own
 * school and follow their requests (head teachers: all of their school's); city staff work the
 * queue through the steps of {@link SupportRequest}, each step locking the request's row and
 * queueing its mails in the same transaction; inspectors read the training needs passed to them.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER", "TEACHER"})
public class SupportRequests {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    SupportMails mails;

    /**
     * Records a new request with its files (all accepted, or nothing is recorded). A hardware
     * problem with an item marks the item broken.
     */
    public RequestSummary report(RequestForm form, List<Upload> files) {
        Account me = caller.account();
        boolean staff = isStaff(me);
        School school;
        if (staff) {
            school = school(form.schoolUai());
        } else {
            school = me.school();
            if (form.schoolUai() != null && !form.schoolUai().isBlank()
                    && !Uai.of(form.schoolUai()).equals(school.uai())) {
                throw new NotFound("school.notFound", form.schoolUai());
            }
        }
        Equipment item = null;
        if (form.equipmentId() != null) {
            item = em.find(Equipment.class, form.equipmentId());
            if (item == null || !staff && !item.school().id().equals(school.id())) {
                throw new NotFound("equipment.notFound");
            }
        }
        Instant now = clock.instant();
        SupportRequest request = new SupportRequest(me, school, item, form.room(), form.category(), form.subject(),
                form.description(), false, now);
        for (Upload file : files == null ? List.<Upload>of() : files) {
            request.addAttachment(file.fileName(), file.content(), me, now);
        }
        em.persist(request);
        em.flush();
        mails.stepDone(request);
        return summary(request, serviceLevels.load(), now);
    }

    /** The caller's requests (a head teacher: every request of the school), newest first. */
    public List<RequestSummary> mine() {
        Account me = caller.account();
        TypedQuery<SupportRequest> query;
        if (me.hasRole(Role.HEAD_TEACHER) && me.school() != null) {
            query = em.createQuery("select r from SupportRequest r where r.school = :school or r.requester = :me "
                    + "order by r.createdAt desc, r.id desc", SupportRequest.class).setParameter("school", me.school());
        } else {
            query = em.createQuery("select r from SupportRequest r where r.requester = :me "
                    + "order by r.createdAt desc, r.id desc", SupportRequest.class);
        }
        return summaries(query.setParameter("me", me).getResultList());
    }

    /** The city staff's queue, filtered and sorted. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public List<RequestSummary> queue(RequestQuery query) {
        StringBuilder jpql = new StringBuilder("select r from SupportRequest r join fetch r.school s where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.status() != null) {
            jpql.append(" and r.status = :status");
            parameters.put("status", query.status());
        } else if (query.openOnly()) {
            jpql.append(" and r.status not in :done");
            parameters.put("done", List.of(RequestStatus.RESOLVED, RequestStatus.CLOSED));
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
        List<RequestSummary> found = summaries(select.getResultList()).stream()
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

    public RequestDetail find(long id) {
        SupportRequest request = readable(id);
        return new RequestDetail(summary(request, serviceLevels.load(), clock.instant()), request.description(),
                request.messages().stream().map(m -> new RequestDetail.Message(m.at(), m.event(),
                        m.author().displayName(), m.fromStaff(), m.body(), m.statusFrom(), m.statusTo())).toList(),
                request.attachments().stream().map(a -> new RequestDetail.AttachmentSummary(a.id(), a.fileName(),
                        a.contentType(), a.size())).toList());
    }

    public FileDownload attachment(long requestId, long attachmentId) {
        SupportRequest request = readable(requestId);
        RequestAttachment file = em.find(RequestAttachment.class, attachmentId);
        if (file == null || !file.request().id().equals(request.id())) {
            throw new NotFound("support.file.notFound");
        }
        return new FileDownload(file.fileName(), file.contentType(), file.content());
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public RequestSummary assign(long id, String username) {
        Account assignee = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("support.assignee.notFound"));
        return step(id, (request, me, now) -> request.assign(assignee, me, now));
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public RequestSummary start(long id) {
        return step(id, (request, me, now) -> request.start(me, now));
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public RequestSummary askTeacher(long id, String question) {
        return step(id, (request, me, now) -> request.askTeacher(me, question, now));
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public RequestSummary resolve(long id, String solution) {
        return step(id, (request, me, now) -> request.resolve(me, solution, now));
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public RequestSummary linkEquipment(long id, long equipmentId) {
        Equipment item = em.find(Equipment.class, equipmentId);
        if (item == null) {
            throw new NotFound("equipment.notFound");
        }
        return step(id, (request, me, now) -> request.linkEquipment(item, me, now));
    }

    /** Passes a training need to the inspectors of the school's circonscription, by mail and on their page. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public RequestSummary referToInspector(long id) {
        return step(id, (request, me, now) -> {
            request.referToInspector(me, now);
            mails.referredToInspectors(request, em.createQuery("select a from Account a join a.roles r "
                            + "where r = :role and a.circonscription = :c and a.active = :active", Account.class)
                    .setParameter("role", Role.INSPECTOR).setParameter("c", request.school().circonscription())
                    .setParameter("active", Boolean.TRUE).getResultList());
        });
    }

    /** A comment from either side (the school's answer to a question puts the request back in progress). */
    public RequestSummary comment(long id, String text) {
        return step(id, (request, me, now) -> request.comment(me, text, now));
    }

    /** Closes a resolved request (city staff, or the school confirming). */
    public RequestSummary close(long id) {
        return step(id, (request, me, now) -> request.close(me, now));
    }

    /** Reopens a resolved or closed request within the delay, saying why. */
    public RequestSummary reopen(long id, String reason) {
        return step(id, (request, me, now) -> request.reopen(me, reason, now));
    }

    public RequestSummary addAttachment(long id, Upload file) {
        return step(id, (request, me, now) -> request.addAttachment(file.fileName(), file.content(), me, now));
    }

    /** The people requests may be assigned to. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public List<StaffMember> staff() {
        return em.createQuery("select a from Account a join a.roles r where r = :role and a.active = :active "
                        + "order by a.lastName, a.firstName", Account.class)
                .setParameter("role", Role.CITY_STAFF).setParameter("active", Boolean.TRUE).getResultStream()
                .map(a -> new StaffMember(a.username(), a.displayName())).toList();
    }

    public List<ServiceLevelSummary> serviceLevels() {
        return em.createQuery("select l from ServiceLevel l order by l.category", ServiceLevel.class).getResultStream()
                .map(l -> new ServiceLevelSummary(l.category(), l.firstAnswerHours(), l.resolutionHours())).toList();
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public ServiceLevelSummary changeServiceLevel(RequestCategory category, int firstAnswerHours, int resolutionHours) {
        if (category == null) {
            throw new RuleViolation("support.category.required");
        }
        ServiceLevel level = em.find(ServiceLevel.class, category, LockModeType.PESSIMISTIC_WRITE);
        level.change(firstAnswerHours, resolutionHours);
        return new ServiceLevelSummary(category, level.firstAnswerHours(), level.resolutionHours());
    }

    /** The training needs passed to the inspectors of the caller's circonscription, newest first. */
    @RolesAllowed("INSPECTOR")
    public List<TrainingNeed> trainingNeeds() {
        Account me = caller.account();
        return em.createQuery("select r from SupportRequest r join fetch r.school s where r.referredToInspectorAt "
                        + "is not null and s.circonscription = :c order by r.referredToInspectorAt desc",
                        SupportRequest.class)
                .setParameter("c", me.circonscription()).getResultStream()
                .map(r -> new TrainingNeed(r.id(), r.school().uai().value(), r.school().name(),
                        r.requester().displayName(), r.subject(), r.description(), r.createdAt(),
                        r.referredToInspectorAt())).toList();
    }

    /** For the partnership dashboard: open and overdue requests, and service levels met, per category. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public List<ServiceCompliance> compliance() {
        ServiceLevels.Due due = serviceLevels.load();
        Instant now = clock.instant();
        List<SupportRequest> all = em.createQuery("select r from SupportRequest r", SupportRequest.class)
                .getResultList();
        return java.util.Arrays.stream(RequestCategory.values()).map(category -> {
            List<SupportRequest> of = all.stream().filter(r -> r.category() == category).toList();
            long open = of.stream().filter(r -> r.status().open()).count();
            long overdue = of.stream().filter(r -> due.overdue(r, now)).count();
            List<SupportRequest> answered = of.stream().filter(r -> r.firstAnsweredAt() != null).toList();
            long answeredOnTime = answered.stream().filter(r -> !r.firstAnsweredAt().isAfter(due.firstAnswer(r))).count();
            List<SupportRequest> resolved = of.stream().filter(r -> r.resolvedAt() != null).toList();
            long resolvedOnTime = resolved.stream().filter(r -> !r.resolvedAt().isAfter(due.resolution(r))).count();
            return new ServiceCompliance(category, open, overdue, answered.size(), answeredOnTime, resolved.size(),
                    resolvedOnTime);
        }).toList();
    }

    /** One step of the workflow on the locked request, then its mails. */
    private RequestSummary step(long id, Step step) {
        SupportRequest request = em.find(SupportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        Account me = caller.account();
        if (request == null || !request.visibleTo(me)) {
            throw new NotFound("support.notFound");
        }
        Instant now = clock.instant();
        int before = request.messages().size();
        step.apply(request, me, now);
        em.flush();
        if (request.messages().size() > before) {
            mails.stepDone(request);
        }
        return summary(request, serviceLevels.load(), now);
    }

    /** A change made to a request by the caller at a time. */
    @FunctionalInterface
    private interface Step {
        void apply(SupportRequest request, Account caller, Instant now);
    }

    private SupportRequest readable(long id) {
        SupportRequest request = em.find(SupportRequest.class, id);
        if (request == null || !request.visibleTo(caller.account())) {
            throw new NotFound("support.notFound");
        }
        return request;
    }

    private List<RequestSummary> summaries(List<SupportRequest> requests) {
        ServiceLevels.Due due = serviceLevels.load();
        Instant now = clock.instant();
        return requests.stream().map(r -> summary(r, due, now)).toList();
    }

    private static RequestSummary summary(SupportRequest r, ServiceLevels.Due due, Instant now) {
        Equipment item = r.equipment();
        Account assignee = r.assignee();
        boolean reopenable = (r.status() == RequestStatus.RESOLVED || r.status() == RequestStatus.CLOSED)
                && r.resolvedAt() != null && !now.isAfter(r.resolvedAt().plus(SupportRequest.REOPEN_DELAY));
        return new RequestSummary(r.id(), r.school().uai().value(), r.school().name(), item == null ? null : item.id(),
                item == null ? null : item.serialNumber(), item == null ? null : item.type(), r.room(), r.category(),
                r.subject(), r.status(), r.requester().displayName(), assignee == null ? null : assignee.username(),
                assignee == null ? null : assignee.displayName(), r.createdAt(), r.firstAnsweredAt(),
                due.firstAnswer(r), r.resolvedAt(), due.resolution(r), due.overdue(r, now),
                r.referredToInspectorAt(), reopenable, r.version());
    }

    private School school(String uai) {
        if (uai == null || uai.isBlank()) {
            throw new RuleViolation("support.school.required");
        }
        Uai parsed = Uai.of(uai);
        return em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", parsed.value()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("school.notFound", parsed));
    }

    private static boolean isStaff(Account account) {
        return account.hasRole(Role.CITY_STAFF) || account.hasRole(Role.ADMIN);
    }
}
