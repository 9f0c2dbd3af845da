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
import fr.tandem.support.RequestSatisfaction;
import fr.tandem.support.RequestStatus;
import fr.tandem.support.SupportRequest;
import fr.tandem.support.control.Readings;
import fr.tandem.support.control.RequestSteps;
import fr.tandem.support.control.RequestSummaries;
import fr.tandem.support.control.SupportMails;
import fr.tandem.support.model.AttachmentAdded;
import fr.tandem.support.model.FileDownload;
import fr.tandem.support.model.RequestDetail;
import fr.tandem.support.model.RequestForm;
import fr.tandem.support.model.RequestSummary;
import fr.tandem.support.model.SatisfactionForm;
import fr.tandem.support.model.SatisfactionView;
import fr.tandem.support.model.Upload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Teachers' requests to the city's IT department, as both sides work on them: teachers and head
 * teachers report for their own school and follow their requests (head teachers: all of their
 * school's), city staff report for a school; either side reads a request, writes in its thread,
 * adds files, closes or reopens it. City staff work on their city's schools' requests only (another
 * city's request is not found). The city staff's own steps are in {@link RequestQueue}. The school's
 * people see which of their requests hold a reply they have not read; they never see the city
 * staff's internal notes. Once a request is resolved, the teacher who made it rates it (satisfied or
 * not, with a comment), once, and may change the rating within {@link RequestSatisfaction#CHANGE_DELAY}.
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
    RequestSummaries summaries;

    @Inject
    RequestSteps steps;

    @Inject
    SupportMails mails;

    @Inject
    Readings readings;

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
            if (item == null || !staff && !item.school().id().equals(school.id()) || !steps.inCallersCity(item.school())) {
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
        return summaries.summary(request, now);
    }

    /**
     * The caller's requests (a head teacher: every request of the school), newest first, each
     * saying whether it holds a reply of the city the caller has not read.
     */
    public List<RequestSummary> mine() {
        Account me = caller.account();
        List<SupportRequest> found = mineOf(me);
        return summaries.summaries(found, readings.unread(found, me));
    }

    /** How many of the caller's requests hold a reply of the city they have not read. */
    public int unreadCount() {
        Account me = caller.account();
        return readings.unread(mineOf(me), me).size();
    }

    private List<SupportRequest> mineOf(Account me) {
        TypedQuery<SupportRequest> query;
        if (me.hasRole(Role.HEAD_TEACHER) && me.school() != null) {
            query = em.createQuery("select r from SupportRequest r where r.school = :school or r.requester = :me "
                    + "order by r.createdAt desc, r.id desc", SupportRequest.class).setParameter("school", me.school());
        } else {
            query = em.createQuery("select r from SupportRequest r where r.requester = :me "
                    + "order by r.createdAt desc, r.id desc", SupportRequest.class);
        }
        return query.setParameter("me", me).getResultList();
    }

    /**
     * The request with its thread (the school's people do not get the city staff's internal notes,
     * and have now read the city's replies).
     */
    public RequestDetail find(long id) {
        SupportRequest request = readable(id);
        Account me = caller.account();
        boolean staff = isStaff(me);
        Instant now = clock.instant();
        if (!staff) {
            readings.read(request, me, now);
        }
        return new RequestDetail(summaries.summary(request, now), request.description(),
                request.messages().stream().filter(m -> staff || !m.internal()).map(m -> new RequestDetail.Message(
                        m.at(), m.event(), m.author().displayName(), m.fromStaff(), m.internal(), m.body(),
                        m.statusFrom(), m.statusTo())).toList(),
                request.attachments().stream().map(a -> new RequestDetail.AttachmentSummary(a.id(), a.fileName(),
                        a.contentType(), a.size())).toList(),
                satisfaction(request).map(r -> new SatisfactionView(r.satisfied(), r.comment(), r.ratedAt(),
                        r.changeable(now))).orElse(null),
                me.username().equals(request.requester().username())
                        && (request.status() == RequestStatus.RESOLVED || request.status() == RequestStatus.CLOSED)
                        && satisfaction(request).map(r -> r.changeable(now)).orElse(true));
    }

    /**
     * The teacher who made the request rates it once it is resolved or closed: a first rating, or a
     * change of theirs within {@link RequestSatisfaction#CHANGE_DELAY}. The request's row is locked, so
     * that two ratings sent at once make one.
     */
    public SatisfactionView rate(long id, SatisfactionForm form) {
        if (form == null || form.satisfied() == null) {
            throw new RuleViolation("support.satisfaction.required");
        }
        steps.apply(id, (request, me, now) -> satisfaction(request).ifPresentOrElse(
                given -> given.change(me, form.satisfied(), form.comment(), now),
                () -> em.persist(new RequestSatisfaction(request, me, form.satisfied(), form.comment(), false, now))));
        em.flush();
        RequestSatisfaction given = satisfaction(em.find(SupportRequest.class, id)).orElseThrow();
        return new SatisfactionView(given.satisfied(), given.comment(), given.ratedAt(), given.changeable(clock.instant()));
    }

    private Optional<RequestSatisfaction> satisfaction(SupportRequest request) {
        return em.createQuery("select s from RequestSatisfaction s where s.request = :r", RequestSatisfaction.class)
                .setParameter("r", request).getResultStream().findFirst();
    }

    public FileDownload attachment(long requestId, long attachmentId) {
        SupportRequest request = readable(requestId);
        RequestAttachment file = em.find(RequestAttachment.class, attachmentId);
        if (file == null || !file.request().id().equals(request.id())) {
            throw new NotFound("support.file.notFound");
        }
        return new FileDownload(file.fileName(), file.contentType(), file.content());
    }

    /** A comment from either side (the school's answer to a question puts the request back in progress). */
    public RequestSummary comment(long id, String text) {
        return steps.apply(id, (request, me, now) -> request.comment(me, text, now));
    }

    /** Closes a resolved request (city staff, or the school confirming). */
    public RequestSummary close(long id) {
        return steps.apply(id, (request, me, now) -> request.close(me, now));
    }

    /** Reopens a resolved or closed request within the delay, saying why. */
    public RequestSummary reopen(long id, String reason) {
        return steps.apply(id, (request, me, now) -> request.reopen(me, reason, now));
    }

    public RequestSummary addAttachment(long id, Upload file) {
        return attach(id, file).request();
    }

    /** Attaches the file to the request; its id is known once written. */
    public AttachmentAdded attach(long id, Upload file) {
        RequestAttachment[] added = new RequestAttachment[1];
        RequestSummary request = steps.apply(id, (r, me, now) -> added[0] = r.addAttachment(file.fileName(),
                file.content(), me, now));
        return new AttachmentAdded(added[0].id(), request);
    }

    private SupportRequest readable(long id) {
        SupportRequest request = em.find(SupportRequest.class, id);
        if (request == null || !request.visibleTo(caller.account()) || !steps.inCallersCity(request.school())) {
            throw new NotFound("support.notFound");
        }
        return request;
    }

    private School school(String uai) {
        if (uai == null || uai.isBlank()) {
            throw new RuleViolation("support.school.required");
        }
        Uai parsed = Uai.of(uai);
        return em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", parsed.value()).getResultStream().findFirst()
                .filter(steps::inCallersCity)
                .orElseThrow(() -> new NotFound("school.notFound", parsed));
    }

    private static boolean isStaff(Account account) {
        return account.hasRole(Role.CITY_STAFF) || account.hasRole(Role.ADMIN);
    }
}
