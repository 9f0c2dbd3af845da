package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.Outbox;
import fr.tandem.platform.mail.PublicUrl;
import fr.tandem.platform.time.Clocks;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.model.ApproverDigestRun;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The approvers' daily pass: each inspector of a circonscription whose offers have requests
 * waiting gets one digest (the offers, how many requests each, the oldest, a link to decide) —
 * at most one a Paris day, the outbox key carrying the day; nothing when nothing waits. A teacher
 * whose request has waited longer than the setting says is told once that it still waits.
 */
@Dependent
public class ApproverDigest {

    static final String OFFER_PAGE = "training/offer.xhtml?id=";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    @Inject
    TrainingMails mails;

    @Inject
    TrainingSettings settings;

    public ApproverDigestRun run(Instant now) {
        List<Booking> waiting = em.createQuery("select b from Booking b join fetch b.session s join fetch s.offer "
                        + "where b.status = :pending and s.startsAt > :now and s.cancelledAt is null "
                        + "order by b.requestedAt", Booking.class)
                .setParameter("pending", BookingStatus.PENDING).setParameter("now", now).getResultList();
        Map<TrainingOffer, List<Booking>> byOffer = waiting.stream()
                .collect(Collectors.groupingBy(b -> b.session().offer(), LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<TrainingOffer>> byCirconscription = byOffer.keySet().stream()
                .collect(Collectors.groupingBy(o -> o.circonscription().id(), LinkedHashMap::new, Collectors.toList()));
        LocalDate today = LocalDate.ofInstant(now, Clocks.PARIS);
        int inspectors = 0;
        for (Map.Entry<Long, List<TrainingOffer>> entry : byCirconscription.entrySet()) {
            for (Account inspector : inspectorsOf(entry.getKey())) {
                digest(inspector, entry.getValue(), byOffer, today);
                inspectors++;
            }
        }
        Instant noticeBefore = now.minus(settings.waitingNotice());
        int notices = 0;
        Set<String> told = new HashSet<>();
        for (Booking booking : waiting) {
            // a request for a set is noted on each of its dates, and told once (on its first date)
            if (booking.requestedAt().isBefore(noticeBefore) && booking.noteWaitingNotice(now)
                    && told.add(request(booking))) {
                mails.stillWaiting(booking, now);
                notices++;
            }
        }
        return new ApproverDigestRun(inspectors, notices);
    }

    /**
     * What one request is: a teacher's booking of a session, or of a whole offer taken together (a
     * request for a set is one pending booking per date, decided at once).
     */
    private static String request(Booking booking) {
        TrainingSession session = booking.session();
        return booking.teacher().id() + "@"
                + (session.offer().takenTogether() ? "offer-" + session.offer().id() : "session-" + session.id());
    }

    private List<Account> inspectorsOf(long circonscriptionId) {
        return em.createQuery("select a from Account a where a.circonscription.id = :c and :inspector member of a.roles "
                        + "and a.deactivatedAt is null order by a.id", Account.class)
                .setParameter("c", circonscriptionId).setParameter("inspector", Role.INSPECTOR).getResultList();
    }

    private void digest(Account inspector, List<TrainingOffer> offers, Map<TrainingOffer, List<Booking>> byOffer,
                        LocalDate today) {
        TextBundle texts = TextBundle.of(TextBundle.MAILS, inspector.language());
        StringBuilder lines = new StringBuilder();
        long total = 0;
        for (TrainingOffer offer : offers.stream().sorted(Comparator.comparing(TrainingOffer::title)).toList()) {
            List<Booking> bookings = byOffer.get(offer);
            long requests = bookings.stream().map(ApproverDigest::request).distinct().count();
            total += requests;
            Instant oldest = bookings.stream().map(Booking::requestedAt).min(Comparator.naturalOrder()).orElseThrow();
            lines.append(texts.text("training.digest.line", offer.title(), requests,
                    texts.date("training.day.pattern", oldest), publicUrl.of(OFFER_PAGE + offer.id())));
        }
        outbox.enqueue("approver-digest-" + inspector.id() + "-" + today, inspector.email(),
                texts.text("training.digest.subject", total),
                texts.text("greeting", inspector.displayName()) + texts.text("training.digest.body", total)
                        + lines + texts.text("training.signature"), null, null);
    }
}
