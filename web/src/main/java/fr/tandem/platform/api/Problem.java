package fr.tandem.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail: what went wrong, in words a person understands, never internals; {@code code} names
 * the rule for programs, {@code instance} the path asked for (filled in by {@link ProblemInstances}).
 */
public record Problem(String type, String title, int status, String detail, String code, String instance) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String detail, String code) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, code,
                null);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    /** The same problem about the given path. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, code, path);
    }
}
