package fr.tandem.platform.api.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The schema of {@code fr.tandem.platform.api.Problem}, an RFC 9457 problem detail, as the document states it. */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static Schema create() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("What went wrong (RFC 9457), in words a person understands, never internals.")
                .required(List.of("type", "title", "status", "detail"))
                .addProperty("type", text("uri-reference", "What kind of problem: always `about:blank` (the status "
                        + "says it; `code` is precise).", "about:blank"))
                .addProperty("title", text(null, "The HTTP reason phrase of the status.", "Conflict"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status, repeated.").example(409))
                .addProperty("detail", text(null, "A sentence for a person, in the request's language "
                        + "(`Accept-Language`), saying what to do.", "Vous êtes déjà inscrit·e à cette session."))
                .addProperty("code", text(null, "A stable key naming the rule or the error, for programs to test; "
                        + "the error catalogue in the document's description lists them. Absent only on errors "
                        + "the server answers before the application.", "booking.already"))
                .addProperty("instance", text("uri-reference", "The path that was asked for.",
                        "/api/training/sessions/42/booking"));
    }

    private static Schema text(String format, String description, String example) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).format(format).description(description)
                .example(example);
    }
}
