package fr.tandem.support.control;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.Outbox;
import fr.tandem.platform.mail.PublicUrl;
import fr.tandem.school.City;
import fr.tandem.support.RequestMessage;
import fr.tandem.support.RequestStatus;
import fr.tandem.support.SupportRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * The mails each step of a request sends, queued in the outbox in the same transaction: the
 * school side hears of the city's steps and answers, the city staff (the assignee, or all of them
 * while nobody has it) hear of new requests and of the school's answers, the inspectors of the
 * circonscription hear of a training need passed to them. Each mail is written in its recipient's
 * language. An internal note of the city staff is mailed to nobody. The mail saying a request is
 * resolved carries the link to the request's page, where its teacher rates the solution.
 */
@Dependent
public class SupportMails {

    /** The request's page, where its teacher rates the solution (the request's id follows). */
    static final String SATISFACTION_PAGE = "support/request.xhtml?id=";

    @Inject
    Outbox outbox;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    PublicUrl publicUrl;

    /** After any step: the last line of the thread says what happened and who must hear of it. */
    public void stepDone(SupportRequest request) {
        List<RequestMessage> thread = request.messages();
        RequestMessage last = thread.get(thread.size() - 1);
        if (last.internal()) {
            return;
        }
        String stamp = last.at().toEpochMilli() + "-" + thread.size();
        switch (last.event()) {
            case CREATED -> {
                send(request, last, stamp, request.requester(), "support.subject.recorded");
                cityStaff(request).forEach(staff -> send(request, last, stamp, staff, "support.subject.new"));
            }
            case ASSIGNED -> {
                send(request, last, stamp, request.requester(), "support.subject");
                if (!request.assignee().username().equals(last.author().username())) {
                    send(request, last, stamp, request.assignee(), "support.subject.assigned");
                }
            }
            default -> {
                if (last.fromStaff()) {
                    send(request, last, stamp, request.requester(), "support.subject");
                } else if (request.assignee() != null) {
                    send(request, last, stamp, request.assignee(), "support.subject");
                } else {
                    cityStaff(request).forEach(staff -> send(request, last, stamp, staff, "support.subject"));
                }
            }
        }
    }

    /** The inspectors of the school's circonscription hear of a training need. */
    public void referredToInspectors(SupportRequest request, List<Account> inspectors) {
        inspectors.forEach(inspector -> {
            TextBundle texts = TextBundle.of(TextBundle.MAILS, inspector.language());
            outbox.enqueue("support-" + request.id() + "-referral-" + inspector.id(), inspector.email(),
                    texts.text("support.referral.subject", request.subject()),
                    texts.text("support.referral.body", request.requester().displayName(), request.school().name(),
                            request.subject(), request.description()), null, null);
        });
    }

    /** The staff of the city owning the request's school (of no city, for a school no city owns). */
    private List<Account> cityStaff(SupportRequest request) {
        City city = request.school().city();
        TypedQuery<Account> staff = em.createQuery("select a from Account a join a.roles r where r = :role "
                        + "and a.active = :active and " + (city == null ? "a.city is null" : "a.city = :city"), Account.class)
                .setParameter("role", Role.CITY_STAFF).setParameter("active", Boolean.TRUE);
        return (city == null ? staff : staff.setParameter("city", city)).getResultList();
    }

    private void send(SupportRequest request, RequestMessage last, String stamp, Account to, String subjectKey) {
        TextBundle texts = TextBundle.of(TextBundle.MAILS, to.language());
        outbox.enqueue("support-" + request.id() + "-" + stamp + "-" + to.id(), to.email(),
                texts.text(subjectKey, request.id(), request.subject()),
                texts.text("support.body", request.id(), request.subject(), request.school().name(), step(texts, request, last)
                        + rating(texts, request, last, to)), null, null);
    }

    /** To the teacher who made a request just resolved: where to rate the solution. */
    private String rating(TextBundle texts, SupportRequest request, RequestMessage last, Account to) {
        if (last.statusTo() != RequestStatus.RESOLVED || !to.username().equals(request.requester().username())) {
            return "";
        }
        return "\n\n" + texts.text("support.step.rate", publicUrl.of(SATISFACTION_PAGE + request.id() + "#satisfaction"));
    }

    /** What the step did, as the mail tells it. */
    private static String step(TextBundle texts, SupportRequest request, RequestMessage last) {
        return switch (last.event()) {
            case CREATED -> texts.text("support.step.created", request.requester().displayName());
            case ASSIGNED -> texts.text("support.step.assigned", last.body());
            case EQUIPMENT -> texts.text("support.step.equipment", last.body());
            case REFERRED -> texts.text("support.step.referred");
            case STATUS -> texts.text("support.step.status", texts.text("support.status." + last.statusTo().name()))
                    + (last.body() == null ? "" : "\n\n" + texts.text("support.step.said", last.author().displayName(),
                    last.body()));
            case COMMENT -> texts.text("support.step.said", last.author().displayName(), last.body());
        };
    }
}
