package fr.tandem.platform.api.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the generated document at build time (SmallRye's Maven plugin runs it as its {@code filter}; the
 * server serves the result as a static file). It writes what no annotation can say once for the whole API:
 * <ul>
 * <li>the description (the file {@code web/src/main/openapi/description.md}) followed by the error catalogue;</li>
 * <li>each tag, declared once with its description;</li>
 * <li>the problem+json schema and the error responses every operation may answer (400, 401, 403, 404, 409, 413,
 * 429, 500);</li>
 * <li>every request body as required (the resources refuse a missing one);</li>
 * <li>the {@code ETag} of every answer whose object has a {@code version}, and the {@code If-Match} header (with
 * 412) of every write whose body has one, as {@code platform.api} does at run time.</li>
 * </ul>
 * It fails the build on a tag it cannot describe, so that a new resource cannot leave the contract vague.
 */
public class ApiContract implements OASFilter {

    /** The system property naming the Markdown file of the document's description (set by the build). */
    static final String DESCRIPTION = "tandem.openapi.description";
    static final String PROBLEM = "application/problem+json";
    static final String VERSION = "version";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** The error responses every operation documents: status, component name, description. */
    static final List<ErrorResponse> ERRORS = List.of(
            new ErrorResponse("400", "BadRequest", "A value is missing, malformed or breaks a rule: `detail` says "
                    + "which and why, `code` names the rule."),
            new ErrorResponse("401", "Unauthorized", "No credentials, or wrong ones (see Authentication)."),
            new ErrorResponse("403", "Forbidden", "The caller's role may not do this, or a change came from a "
                    + "browser of another site."),
            new ErrorResponse("404", "NotFound", "The address or the object does not exist, or is not visible to "
                    + "the caller."),
            new ErrorResponse("409", "Conflict", "The change conflicts with the current state (a rule of the "
                    + "domain, or a stale `version` in the body)."),
            new ErrorResponse("413", "PayloadTooLarge", "The body or the file sent is too large."),
            new ErrorResponse("429", "TooManyRequests", "Too many failed logins for this username: wait "
                    + "`Retry-After` seconds."),
            new ErrorResponse("500", "UnexpectedError", "An unexpected error; `detail` holds an incident number "
                    + "the server's log knows."));
    static final ErrorResponse STALE = new ErrorResponse("412", "PreconditionFailed",
            "`If-Match` named a version that is no longer the current one: read the object again.");

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        openApi.getInfo().description(description() + "\n\n" + ErrorCatalogue.markdown());
        openApi.servers(List.of(OASFactory.createServer().url("/")
                .description("The Tandem server that serves this document")));
        Components components = openApi.getComponents();
        components.addSchema("Problem", ProblemSchema.create());
        for (ErrorResponse error : ERRORS) {
            components.addResponse(error.name(), error.response());
        }
        components.addResponse(STALE.name(), STALE.response());
        components.addHeader("ETag", OASFactory.createHeader()
                .description("The version of the object answered, as a strong validator (`\"3\"`): send it back "
                        + "in `If-Match` to change the object.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        components.addHeader("Location", OASFactory.createHeader()
                .description("The address of what was created.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")));
        components.addParameter("IfMatch", OASFactory.createParameter().name("If-Match")
                .in(Parameter.In.HEADER)
                .description("The ETag read (`\"3\"`), or `*`: the change is refused with 412 when the object's "
                        + "version is no longer that one. It replaces the body's `version`.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));

        Set<String> used = new TreeSet<>();
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            Optional.ofNullable(operation.getTags()).ifPresent(used::addAll);
            complete(components, method, operation);
        }));
        List<Tag> tags = new ArrayList<>();
        for (String name : used) {
            String description = TagDescriptions.ALL.get(name);
            if (description == null) {
                throw new IllegalStateException("The tag \"" + name + "\" has no description in "
                        + TagDescriptions.class.getName() + ": add one there");
            }
            tags.add(OASFactory.createTag().name(name).description(description));
        }
        openApi.tags(tags);
    }

    private void complete(Components components, PathItem.HttpMethod method, Operation operation) {
        Map<String, APIResponse> answers = new LinkedHashMap<>(operation.getResponses().getAPIResponses());
        answers.forEach((status, answer) -> {
            if (status.startsWith("2") && carriesVersion(components, answer.getContent())) {
                answer.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
            }
            if ("201".equals(status) && (answer.getHeaders() == null || !answer.getHeaders().containsKey("Location"))) {
                answer.addHeader("Location", OASFactory.createHeader().ref("Location"));
            }
        });
        for (ErrorResponse error : ERRORS) {
            operation.getResponses().addAPIResponse(error.status(), OASFactory.createAPIResponse().ref(error.name()));
        }
        if (operation.getRequestBody() != null) {
            // every resource refuses a missing body (RequestBody.required, RequestBody.file): 400 api.body.required
            operation.getRequestBody().required(true);
        }
        if (WRITES.contains(method) && operation.getRequestBody() != null
                && carriesVersion(components, operation.getRequestBody().getContent())) {
            operation.addParameter(OASFactory.createParameter().ref("IfMatch"));
            operation.getResponses().addAPIResponse(STALE.status(), OASFactory.createAPIResponse().ref(STALE.name()));
        }
    }

    /** Whether a JSON content's schema is an object with a {@code version} member. */
    static boolean carriesVersion(Components components, org.eclipse.microprofile.openapi.models.media.Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return false;
        }
        MediaType json = content.getMediaTypes().get("application/json");
        Schema schema = json == null ? null : resolve(components, json.getSchema());
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey(VERSION);
    }

    private static Schema resolve(Components components, Schema schema) {
        if (schema == null || schema.getRef() == null) {
            return schema;
        }
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        return components.getSchemas() == null ? null : components.getSchemas().get(name);
    }

    private static String description() {
        String file = System.getProperty(DESCRIPTION);
        if (file == null) {
            throw new IllegalStateException("The build must set " + DESCRIPTION + " to the description's file");
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** One error answer: its status, the name of its component, and what it means. */
    record ErrorResponse(String status, String name, String description) {

        APIResponse response() {
            APIResponse response = OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem"))));
            if ("401".equals(status)) {
                response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description("How to authenticate: `Basic realm=\"Tandem\"` (or `Bearer` for a browser).")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
            }
            if ("429".equals(status)) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before the username may log in again.")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
            }
            return response;
        }
    }
}
