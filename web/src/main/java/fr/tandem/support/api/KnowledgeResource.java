package fr.tandem.support.api;

import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.support.boundary.KnowledgeBase;
import fr.tandem.support.model.AnswerForm;
import fr.tandem.support.model.AnswerView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The city's knowledge base over HTTP; who reads and writes what is the boundary's business. */
@Path("support/answers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge base")
public class KnowledgeResource {

    @EJB
    KnowledgeBase knowledge;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The answers of the caller's city that match the words, best first",
            description = "City staff get their city's drafts too (admins: every city's); the schools get the "
                    + "published answers of their city. title and answer are in the caller's language (French when no "
                    + "English was written).")
    public List<AnswerView> searchAnswers(@QueryParam("q") @Parameter(description = "Words, accents and case "
            + "ignored; none: every answer") String words) {
        return knowledge.search(words);
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "At most 5 published answers of the caller's city matching a request's title being typed")
    public List<AnswerView> suggestAnswers(@QueryParam("q") @Parameter(description = "The title typed so far; words "
            + "of fewer than 3 letters and common words are ignored") String words) {
        return knowledge.suggestions(words);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One answer (a draft: city staff only)")
    public AnswerView getAnswer(@PathParam("id") long id) {
        return knowledge.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write an answer (city staff, admin); 201 with its Location")
    @APIResponse(responseCode = "201", description = "The answer was written.",
            headers = @Header(name = "Location", description = "The address of the new answer",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnswerView.class)))
    public Response createAnswer(AnswerForm form) {
        AnswerView created = knowledge.create(RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rewrite, publish or hold back an answer (city staff, admin)",
            description = "The answer keeps its city (cityId is ignored).")
    public AnswerView updateAnswer(@PathParam("id") long id, AnswerForm form) {
        return knowledge.update(id, RequestBody.required(form));
    }

    @POST
    @Path("{id}/solved")
    @Operation(summary = "This published answer solved the caller's problem: no request sent, one spared (schools)")
    @APIResponse(responseCode = "204", description = "Recorded.")
    public Response markAnswerSolved(@PathParam("id") long id) {
        knowledge.solved(id);
        return Response.noContent().build();
    }
}
