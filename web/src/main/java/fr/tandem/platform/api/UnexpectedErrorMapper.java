package fr.tandem.platform.api;

import fr.tandem.platform.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: refused access becomes 403, HTTP errors keep their status, a concurrent
 * change becomes 409, and anything unexpected a 500 with an incident number that is also in the
 * server log. No stack trace or exception text reaches the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    Providers providers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Locale locale = ApiLanguage.of(headers);
        if (cause instanceof RuleViolation violation) {
            return new RuleViolationMapper().withHeaders(headers).toResponse(violation);
        }
        if (cause instanceof EJBAccessException || cause instanceof jakarta.ejb.AccessLocalException) {
            return Problem.response(Response.Status.FORBIDDEN, RuleViolation.format(locale, "api.forbidden"), "api.forbidden");
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.response(Response.Status.CONFLICT, RuleViolation.format(locale, "concurrent.change"), "concurrent.change");
        }
        if (cause instanceof jakarta.ws.rs.ProcessingException || cause instanceof jakarta.json.bind.JsonbException
                || cause instanceof jakarta.json.JsonException) {
            return Problem.response(Response.Status.BAD_REQUEST, RuleViolation.format(locale, "api.http.400"),
                    "api.http.400");
        }
        if (cause instanceof WebApplicationException http) {
            Response.Status status = Response.Status.fromStatusCode(http.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.BAD_REQUEST;
            }
            String key = "api.http." + http.getResponse().getStatus();
            return Problem.response(status, RuleViolation.format(locale, key), key);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident, thrown);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                RuleViolation.format(locale, "api.unexpected", incident), "api.unexpected");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof EJBException || current.getClass().getName().endsWith("TransactionRolledbackLocalException"))
                && current.getCause() != null && !(current instanceof EJBAccessException)
                && !(current instanceof jakarta.ejb.AccessLocalException)) {
            current = current.getCause();
        }
        if (current instanceof jakarta.persistence.PersistenceException && current.getCause() instanceof OptimisticLockException lock) {
            return lock;
        }
        return current;
    }
}
