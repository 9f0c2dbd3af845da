package fr.tandem.people.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.ApiToken;
import fr.tandem.people.Role;
import fr.tandem.people.control.LoginThrottling;
import fr.tandem.people.control.PasswordHashing;
import fr.tandem.people.control.RecentTokens;
import fr.tandem.people.control.TokenSecrets;
import fr.tandem.people.model.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Recognises people by username and password or by personal API token. Open to anonymous
 * callers (that is its purpose); says only yes or no, never why. Repeated password failures lock
 * the username for a while, whether an account has it or not (see {@link LoginThrottling}).
 */
@Stateless
@PermitAll
public class Authentication {

    private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

    /** A hash to compare against when the username is unknown, so that timing does not tell. */
    private static final String DECOY_HASH = PasswordHashing.hash("decoy-password-0");

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    LoginThrottling throttling;

    @Inject
    RecentTokens recentTokens;

    /** The caller if the password is right and the username is not locked by repeated failures. */
    public Optional<Caller> byPassword(String username, String password) {
        if (username == null || password == null || username.length() > 60 || password.length() > 200) {
            return Optional.empty();
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || throttling.lockedFor(name).isPresent()) {
            return Optional.empty();
        }
        Optional<Account> account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", name)
                .getResultStream().findFirst();
        // an account without a password (single sign-on, invitation not yet answered) still costs one hash
        String stored = account.filter(Account::hasPassword).map(Account::passwordHash).orElse(null);
        boolean matches = PasswordHashing.matches(password, stored == null ? DECOY_HASH : stored) && stored != null;
        Optional<Caller> caller = account.filter(a -> matches && a.active()).map(Authentication::caller);
        if (caller.isPresent()) {
            throttling.succeeded(name);
        } else {
            try {
                throttling.failed(name);
            } catch (EJBException concurrentFirstFailure) {
                // two first failures of one name at once: one of them is not counted
                LOG.log(Level.FINE, "A login failure was not counted", concurrentFirstFailure);
            }
        }
        return caller;
    }

    /**
     * How long the username stays locked after repeated failures, if it is; the same for names
     * that no account has, so that it tells nothing about who exists.
     */
    public Optional<Duration> lockedFor(String username) {
        if (username == null || username.isBlank() || username.length() > 60) {
            return Optional.empty();
        }
        return throttling.lockedFor(username.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The owner of a token that is neither revoked nor expired, if the account is active. The
     * owner is kept a few seconds ({@link RecentTokens#KEPT}): the last use noted on the token
     * lags by as much (it is noted once a minute anyway).
     */
    public Optional<Caller> byToken(String secret) {
        if (secret == null || !secret.startsWith(TokenSecrets.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String digest = TokenSecrets.digest(secret);
        Optional<Caller> recent = recentTokens.get(digest, now);
        if (recent.isPresent()) {
            return recent;
        }
        Optional<ApiToken> token = em.createQuery("select t from ApiToken t where t.secretDigest = :d", ApiToken.class)
                .setParameter("d", digest)
                .getResultStream().findFirst()
                .filter(t -> t.usable(now));
        token.ifPresent(t -> t.markUsed(now));
        Optional<Caller> caller = token.map(t -> caller(t.account()));
        caller.ifPresent(c -> recentTokens.put(digest, c, now, token.get().expiresAt()));
        return caller;
    }

    private static Caller caller(Account account) {
        return new Caller(account.username(), account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
