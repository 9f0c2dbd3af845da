package fr.tandem.people.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.ApiToken;
import fr.tandem.people.PasswordRules;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.people.control.PasswordHashing;
import fr.tandem.people.control.TokenSecrets;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** What every person may do with their own account: read it, change their password, manage API tokens. */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "INSPECTOR", "HEAD_TEACHER", "TEACHER", "COUNCILLOR"})
public class MyAccount {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public AccountSummary me() {
        return AccountSummary.of(caller.account());
    }

    public void changePassword(String current, String replacement) {
        Account account = caller.account();
        if (!PasswordHashing.matches(current, account.passwordHash())) {
            throw new RuleViolation("account.password.wrong");
        }
        PasswordRules.check(account.username(), replacement);
        account.changePasswordHash(PasswordHashing.hash(replacement));
    }

    /** The secret of the caller's calendar feed, created on first use. */
    public String calendarToken() {
        Account account = caller.account();
        if (account.calendarToken() == null) {
            account.renewCalendarToken(TokenSecrets.newSecret().substring(TokenSecrets.PREFIX.length()));
        }
        return account.calendarToken();
    }

    /** A new secret for the calendar feed: the previous address stops working. */
    public String renewCalendarToken() {
        Account account = caller.account();
        account.renewCalendarToken(TokenSecrets.newSecret().substring(TokenSecrets.PREFIX.length()));
        return account.calendarToken();
    }

    public List<TokenSummary> tokens() {
        return em.createQuery("select t from ApiToken t where t.account.username = :u order by t.createdAt desc",
                        ApiToken.class)
                .setParameter("u", caller.username())
                .getResultStream().map(TokenSummary::of).toList();
    }

    public CreatedToken createToken(String label) {
        String secret = TokenSecrets.newSecret();
        ApiToken token = new ApiToken(caller.account(), label, TokenSecrets.digest(secret),
                TokenSecrets.visiblePrefix(secret), clock.instant());
        em.persist(token);
        em.flush();
        return new CreatedToken(secret, TokenSummary.of(token));
    }

    /** Revokes one of the caller's own tokens; another person's token is "not found". */
    public TokenSummary revokeToken(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.account().username().equals(caller.username())) {
            throw new NotFound("token.notFound");
        }
        token.revoke(clock.instant());
        return TokenSummary.of(token);
    }
}
