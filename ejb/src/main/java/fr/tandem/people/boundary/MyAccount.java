package fr.tandem.people.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.ApiToken;
import fr.tandem.people.PasswordRules;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.people.control.PasswordHashing;
import fr.tandem.people.control.RecentTokens;
import fr.tandem.people.control.SessionCutoffChanged;
import fr.tandem.people.control.TokenSecrets;
import fr.tandem.people.model.AccountSummary;
import fr.tandem.people.model.CreatedToken;
import fr.tandem.people.model.TokenSummary;
import fr.tandem.platform.Language;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What every person may do with their own account: read it, change their password (which ends
 * their page sessions and revokes their API tokens), choose their language, manage API tokens and
 * their calendar feed.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "INSPECTOR", "HEAD_TEACHER", "TEACHER", "COUNCILLOR", "TRAINER"})
public class MyAccount {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    RecentTokens recentTokens;

    @Inject
    Clock clock;

    @Inject
    Event<SessionCutoffChanged> cutoffChanged;

    public AccountSummary me() {
        return AccountSummary.of(caller.account());
    }

    /**
     * Sets a new password: every page session of the person opened until now ends and every API
     * token of theirs is revoked. The page that made the change keeps its session by noting that it
     * opened after this (see the web module's authentication mechanism).
     */
    public void changePassword(String current, String replacement) {
        Account account = caller.account();
        if (!PasswordHashing.matches(current, account.passwordHash())) {
            throw new RuleViolation("account.password.wrong");
        }
        PasswordRules.check(account.username(), replacement);
        Instant now = clock.instant();
        account.changePasswordHash(PasswordHashing.hash(replacement), now);
        em.createQuery("select t from ApiToken t where t.account = :a and t.revokedAt is null", ApiToken.class)
                .setParameter("a", account).getResultList().forEach(t -> t.revoke(now));
        cutoffChanged.fire(new SessionCutoffChanged(account.username()));
    }

    /**
     * Sets the language the caller reads Tandem in ("fr" or "en"): their pages, their mails and the
     * documents they ask for.
     */
    public AccountSummary changeLanguage(String code) {
        Account account = caller.account();
        account.changeLanguage(Language.of(code));
        return AccountSummary.of(account);
    }

    /** Whether the caller has a calendar feed (its address cannot be shown again: only a digest is kept). */
    public boolean hasCalendarFeed() {
        return caller.account().hasCalendarFeed();
    }

    /**
     * A new secret for the caller's calendar feed, to show once: only its digest is kept, and the
     * previous address stops working.
     */
    public String renewCalendarFeed() {
        String secret = TokenSecrets.newSecret().substring(TokenSecrets.PREFIX.length());
        caller.account().renewCalendarFeed(TokenSecrets.digest(secret));
        return secret;
    }

    public List<TokenSummary> tokens() {
        Instant now = clock.instant();
        return em.createQuery("select t from ApiToken t where t.account.username = :u order by t.createdAt desc",
                        ApiToken.class)
                .setParameter("u", caller.username())
                .getResultStream().map(t -> TokenSummary.of(t, now)).toList();
    }

    /**
     * A new token that expires after {@code days} days (a year when null, at most a year); the
     * answer carries the secret, to show once.
     */
    public CreatedToken createToken(String label, Integer days) {
        String secret = TokenSecrets.newSecret();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(caller.account(), label, TokenSecrets.digest(secret),
                TokenSecrets.visiblePrefix(secret), now, days);
        em.persist(token);
        em.flush();
        return new CreatedToken(secret, TokenSummary.of(token, now));
    }

    /** Revokes one of the caller's own tokens; another person's token is "not found". */
    public TokenSummary revokeToken(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.account().username().equals(caller.username())) {
            throw new NotFound("token.notFound");
        }
        Instant now = clock.instant();
        token.revoke(now);
        recentTokens.forget(token.account().username());
        return TokenSummary.of(token, now);
    }
}
