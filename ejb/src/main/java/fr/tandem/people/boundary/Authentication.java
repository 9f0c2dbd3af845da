package fr.tandem.people.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.ApiToken;
import fr.tandem.people.Role;
import fr.tandem.people.control.PasswordHashing;
import fr.tandem.people.control.TokenSecrets;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recognises people by username and password or by personal API token. Open to anonymous
 * callers (that is its purpose); says only yes or no, never why.
 */
@Stateless
@PermitAll
public class Authentication {

    /** A hash to compare against when the username is unknown, so that timing does not tell. */
    private static final String DECOY_HASH = PasswordHashing.hash("decoy-password-0");

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<Caller> byPassword(String username, String password) {
        if (username == null || password == null || username.length() > 60 || password.length() > 200) {
            return Optional.empty();
        }
        Optional<Account> account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
        boolean matches = PasswordHashing.matches(password, account.map(Account::passwordHash).orElse(DECOY_HASH));
        return account.filter(a -> matches && a.active()).map(Authentication::caller);
    }

    public Optional<Caller> byToken(String secret) {
        if (secret == null || !secret.startsWith(TokenSecrets.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> token = em.createQuery("select t from ApiToken t where t.secretDigest = :d", ApiToken.class)
                .setParameter("d", TokenSecrets.digest(secret))
                .getResultStream().findFirst()
                .filter(ApiToken::usable);
        token.ifPresent(t -> t.markUsed(clock.instant()));
        return token.map(t -> caller(t.account()));
    }

    private static Caller caller(Account account) {
        return new Caller(account.username(), account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
