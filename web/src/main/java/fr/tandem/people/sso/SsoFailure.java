package fr.tandem.people.sso;

import java.util.Locale;

/**
 * A single sign-on that did not go through. The reason is what the person is told (the login page
 * shows {@code login.sso.<reason>}); the technical detail goes to the log only, never a token.
 */
public class SsoFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, as the person is told. */
    public enum Reason {
        /** single sign-on is not switched on */
        DISABLED,
        /** the provider did not answer, or answered something unreadable */
        PROVIDER,
        /** the provider said no (the person cancelled, or is not allowed) */
        DENIED,
        /** the answer belongs to no login under way: unknown, already used or forged state */
        STATE,
        /** the ID token was refused (signature, issuer, audience, expiry, nonce) */
        TOKEN,
        /** the person's Tandem account is deactivated */
        DEACTIVATED,
        /** the provider's description of the person cannot make an account (unknown UAI, no role…) */
        ACCOUNT;

        /** The word of the login page's address ({@code ?sso=token}). */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public SsoFailure(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public SsoFailure(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
