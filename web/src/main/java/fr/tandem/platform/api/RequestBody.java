package fr.tandem.platform.api;

import fr.tandem.platform.RuleViolation;

/** Checks on what a client sent before a resource hands it to a boundary. */
public final class RequestBody {

    private RequestBody() {
    }

    /** The body itself, or a 400 that says it is missing. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolation("api.body.required");
        }
        return body;
    }
}
