package fr.tandem.platform.caller;

import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import java.util.function.Supplier;

/**
 * The caller's principal for the rest of the request once known. An answer of "nobody" is not
 * kept, so that a login during the request is seen by what follows it.
 */
@RequestScoped
class RequestCaller {

    private Principal principal;

    Principal principal(Supplier<Principal> ask) {
        if (principal == null) {
            principal = ask.get();
        }
        return principal;
    }
}
