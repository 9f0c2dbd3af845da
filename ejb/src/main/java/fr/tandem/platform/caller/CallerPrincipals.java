package fr.tandem.platform.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The caller's principal. The security context answers by reflection on every call (it probes
 * for the subjects of several servers), so the answer is kept for the request when a request
 * scope is active (HTTP requests, EJB calls); otherwise the security context is asked each time.
 */
@ApplicationScoped
public class CallerPrincipals {

    @Inject
    SecurityContext security;

    @Inject
    BeanManager beans;

    @Inject
    RequestCaller request;

    /** The authenticated caller, or null for nobody. */
    public Principal current() {
        return requestActive() ? request.principal(security::getCallerPrincipal) : security.getCallerPrincipal();
    }

    private boolean requestActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException none) {
            return false;
        }
    }
}
