package fr.tandem.support.control;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.mail.Outbox;
import fr.tandem.support.RequestMessage;
import fr.tandem.support.RequestStatus;
import fr.tandem.support.SupportRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The mails each step of a request sends, queued in the outbox in the same transaction: the
 * school side hears of the city's steps and answers, the city staff (the assignee, or all of them
 * while nobody has it) hear of new requests and of the school's answers, the inspectors of the
 * circonscription hear of a training need passed to them.
 */
@Dependent
public class SupportMails {

    private static final Map<RequestStatus, String> STATUS = Map.of(RequestStatus.NEW, "nouvelle",
            RequestStatus.ASSIGNED, "attribuée", RequestStatus.IN_PROGRESS, "en cours",
            RequestStatus.WAITING_FOR_TEACHER, "en attente de votre réponse", RequestStatus.RESOLVED, "résolue",
            RequestStatus.CLOSED, "close");

    @Inject
    Outbox outbox;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** After any step: the last line of the thread says what happened and who must hear of it. */
    public void stepDone(SupportRequest request) {
        List<RequestMessage> thread = request.messages();
        RequestMessage last = thread.get(thread.size() - 1);
        String what = switch (last.event()) {
            case CREATED -> "Nouvelle demande de " + request.requester().displayName() + ".";
            case ASSIGNED -> "Demande attribuée à " + last.body() + ".";
            case EQUIPMENT -> "Matériel concerné : " + last.body() + ".";
            case REFERRED -> "Besoin de formation transmis à l'inspection de circonscription.";
            case STATUS -> "Statut : " + STATUS.get(last.statusTo()) + "."
                    + (last.body() == null ? "" : "\n\n" + last.author().displayName() + " :\n" + last.body());
            case COMMENT -> last.author().displayName() + " :\n" + last.body();
        };
        String body = "Demande n° " + request.id() + " — " + request.subject() + "\n" + request.school().name()
                + "\n\n" + what + "\n\nRetrouvez la demande dans Tandem (Mes demandes, ou la file des demandes)."
                + "\n-- \nTandem";
        String subject = "[Demande " + request.id() + "] " + request.subject();
        String stamp = last.at().toEpochMilli() + "-" + thread.size();
        switch (last.event()) {
            case CREATED -> {
                send(request, stamp, request.requester(), "Demande enregistrée : " + request.subject(), body);
                cityStaff().forEach(staff -> send(request, stamp, staff, "Nouvelle demande : " + request.subject(), body));
            }
            case ASSIGNED -> {
                send(request, stamp, request.requester(), subject, body);
                if (!request.assignee().username().equals(last.author().username())) {
                    send(request, stamp, request.assignee(), "Demande attribuée : " + request.subject(), body);
                }
            }
            default -> {
                if (last.fromStaff()) {
                    send(request, stamp, request.requester(), subject, body);
                } else if (request.assignee() != null) {
                    send(request, stamp, request.assignee(), subject, body);
                } else {
                    cityStaff().forEach(staff -> send(request, stamp, staff, subject, body));
                }
            }
        }
    }

    /** The inspectors of the school's circonscription hear of a training need. */
    public void referredToInspectors(SupportRequest request, List<Account> inspectors) {
        String body = "Un besoin de formation a été exprimé par " + request.requester().displayName() + " ("
                + request.school().name() + ") et vous est transmis par le service informatique de la ville.\n\n"
                + request.subject() + "\n\n" + request.description()
                + "\n\nLa liste des besoins transmis est dans Tandem, page « Besoins de formation ».\n-- \nTandem";
        inspectors.forEach(inspector -> outbox.enqueue("support-" + request.id() + "-referral-" + inspector.id(),
                inspector.email(), "Besoin de formation : " + request.subject(), body, null, null));
    }

    private List<Account> cityStaff() {
        return em.createQuery("select a from Account a join a.roles r where r = :role and a.active = :active",
                        Account.class)
                .setParameter("role", Role.CITY_STAFF).setParameter("active", Boolean.TRUE).getResultList();
    }

    private void send(SupportRequest request, String stamp, Account to, String subject, String body) {
        outbox.enqueue("support-" + request.id() + "-" + stamp + "-" + to.id(), to.email(), subject, body, null, null);
    }
}
