package fr.tandem.training.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.control.TokenSecrets;
import fr.tandem.platform.mail.MailSettings;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.control.SessionInvitation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Personal calendar feeds: calendar programs fetch them without logging in, so the secret in the
 * address is the only key; it opens the sessions the person holds a seat in and those they run
 * as a trainer, nothing else. Only
 * the digest of the secret is stored, as for API tokens.
 */
@Stateless
@PermitAll
public class CalendarFeeds {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    MailSettings mail;

    @Inject
    Clock clock;

    /** The feed of the token's owner (sessions from a month ago on), or empty for an unknown token. */
    public Optional<String> feed(String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        Optional<Account> owner = em.createQuery("select a from Account a where a.calendarDigest = :d "
                        + "and a.deactivatedAt is null", Account.class)
                .setParameter("d", TokenSecrets.digest(token)).getResultStream().findFirst();
        return owner.map(account -> {
            Instant from = clock.instant().minus(Duration.ofDays(31));
            List<TrainingSession> seated = em.createQuery("select b.session from Booking b where b.teacher = :me "
                            + "and b.status = :confirmed and b.session.endsAt > :from", TrainingSession.class)
                    .setParameter("me", account).setParameter("confirmed", BookingStatus.CONFIRMED)
                    .setParameter("from", from).getResultList();
            List<TrainingSession> run = em.createQuery("select s from TrainingSession s join s.trainers t "
                            + "where t = :me and s.cancelledAt is null and s.endsAt > :from", TrainingSession.class)
                    .setParameter("me", account).setParameter("from", from).getResultList();
            List<TrainingSession> sessions = Stream.concat(seated.stream(), run.stream()).distinct()
                    .sorted(Comparator.comparing(TrainingSession::startsAt)).toList();
            return SessionInvitation.feed(sessions, mail.from(), account.email(), clock.instant());
        });
    }
}
