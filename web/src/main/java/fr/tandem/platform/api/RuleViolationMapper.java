package fr.tandem.platform.api;

import fr.tandem.platform.Conflict;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A broken business rule becomes 400, 404 or 409 with the rule's message in the client's language. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Context
    HttpHeaders headers;

    RuleViolationMapper withHeaders(HttpHeaders requestHeaders) {
        this.headers = requestHeaders;
        return this;
    }

    @Override
    public Response toResponse(RuleViolation violation) {
        Response.Status status = violation instanceof NotFound ? Response.Status.NOT_FOUND
                : violation instanceof Conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        return Problem.response(status, violation.messageIn(ApiLanguage.of(headers)), violation.key());
    }
}
