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
import java.util.List;
import java.util.Optional;

/**
 * Personal calendar feeds: calendar programs fetch them without logging in, so the secret in the
 * address is the only key; it opens the sessions the person holds a seat in, nothing else. Only
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
            List<TrainingSession> sessions = em.createQuery("select b.session from Booking b where b.teacher = :me "
                            + "and b.status = :confirmed and b.session.endsAt > :from order by b.session.startsAt",
                            TrainingSession.class)
                    .setParameter("me", account).setParameter("confirmed", BookingStatus.CONFIRMED)
                    .setParameter("from", clock.instant().minus(Duration.ofDays(31))).getResultList();
            return SessionInvitation.feed(sessions, mail.from(), account.email(), clock.instant());
        });
    }
}
