package fr.tandem.platform.security;

import fr.tandem.platform.RuleViolation;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The problem+json answers written before JAX-RS sees the request (authentication, cross-site refusal): the same
 * members as {@code fr.tandem.platform.api.Problem}, the message in the caller's language.
 */
public final class ServletProblems {

    private ServletProblems() {
    }

    /** Writes the problem of the given message key (and its arguments) with the given status and reason. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String code, Object... arguments) {
        Locale locale = request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.FRENCH;
        String body = Json.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status)
                .add("detail", RuleViolation.format(locale, code, arguments)).add("code", code)
                .add("instance", request.getRequestURI()).build().toString();
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
        } catch (IOException clientGone) {
            // nothing more to tell a client that has gone
        }
    }
}
