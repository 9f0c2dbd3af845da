package fr.tandem.training.api;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.QueryParameters;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.training.Certificate;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OutsideHoursDetails;
import fr.tandem.training.OutsideProvider;
import fr.tandem.training.boundary.OutsideHoursDeclarations;
import fr.tandem.training.model.OutsideHoursSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Hours done outside Tandem over HTTP: a teacher declares them (the certificate file as the body, the
 * details as query parameters),
 * lists theirs and withdraws one that waits; their inspector lists those waiting, downloads a
 * certificate and decides.
 */
@Path("training/outside-hours")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class OutsideHoursResource {

    @EJB
    OutsideHoursDeclarations declarations;

    @Context
    UriInfo uri;

    /** An inspector's decision: validated, or refused with a reason. */
    @Schema(description = "An inspector's decision on a declaration of hours done outside Tandem.")
    public record OutsideHoursDecision(
            @Schema(description = "true: the hours count; false or absent: refused") boolean validated,
            @Schema(description = "Why it is refused, told to the teacher (required for a refusal)", maxLength = 1000)
            String reason) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Declare hours done outside Tandem with their certificate (teachers); the body is the "
            + "certificate file",
            description = "The body: the certificate, a PDF, PNG or JPEG of at most 5 MB (its type read from its "
                    + "content, not from its name or Content-Type); the details are the query parameters.")
    @APIResponse(responseCode = "201", description = "The declaration, waiting for the inspector",
            headers = @Header(name = "Location", description = "The address of the declaration's certificate",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutsideHoursSummary.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
            description = "The certificate file, a PDF, PNG or JPEG of at most 5 MB", content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response declareOutsideHours(
            @Parameter(description = "What the training was", required = true) @QueryParam("title") String title,
            @Parameter(description = "Who gave it", required = true,
                    schema = @Schema(implementation = OutsideProvider.class)) @QueryParam("provider") String provider,
            @Parameter(description = "The day it was done (yyyy-mm-dd), not in the future", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("doneOn") String doneOn,
            @Parameter(description = "Its nature", required = true,
                    schema = @Schema(implementation = OfferNature.class)) @QueryParam("nature") String nature,
            @Parameter(description = "PRESENTIEL or DISTANCE (HYBRIDE is refused)", required = true,
                    schema = @Schema(implementation = Modality.class)) @QueryParam("modality") String modality,
            @Parameter(description = "Its length in minutes (1 to 1080)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1080"))
            @QueryParam("minutes") String minutes,
            @Parameter(description = "The certificate file's name", example = "attestation-magistere.pdf")
            @QueryParam("name") String name,
            InputStream body) throws IOException {
        byte[] content = body == null ? null : body.readNBytes(Certificate.MAX_BYTES + 1);
        OutsideHoursDetails details = new OutsideHoursDetails(title,
                QueryParameters.choice(OutsideProvider.class, provider, "outsideHours.provider.required"),
                QueryParameters.day(doneOn, "outsideHours.date.required"),
                QueryParameters.choice(OfferNature.class, nature, "outsideHours.nature.required"),
                QueryParameters.choice(Modality.class, modality, "outsideHours.modality.required"),
                minutes(minutes));
        OutsideHoursSummary declared = declarations.declare(details, name, content);
        return Response.created(uri.getBaseUriBuilder().path("training/outside-hours/{id}/certificate")
                .build(declared.id())).entity(declared).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "My declarations of hours done outside Tandem, newest first, with their status (teachers)")
    public List<OutsideHoursSummary> listMyOutsideHours() {
        return declarations.mine();
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw a declaration of mine that still waits (teachers)")
    public OutsideHoursSummary withdrawOutsideHours(@PathParam("id") long id) {
        return declarations.withdraw(id);
    }

    @GET
    @Path("waiting")
    @Operation(summary = "The declarations waiting of the teachers of my circonscription, oldest first (inspectors)")
    public List<OutsideHoursSummary> listWaitingOutsideHours() {
        return declarations.waiting();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate a declaration of a teacher of my circonscription (the hours count) or refuse it "
            + "with a reason (inspectors)")
    public OutsideHoursSummary decideOutsideHours(@PathParam("id") long id, OutsideHoursDecision decision) {
        OutsideHoursDecision body = RequestBody.required(decision);
        return declarations.decide(id, body.validated(), body.reason());
    }

    @GET
    @Path("{id}/certificate")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "The certificate of a declaration, as its real type (its teacher and their inspectors)")
    @APIResponse(responseCode = "200", description = "The certificate, as its real type",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response downloadOutsideHoursCertificate(@PathParam("id") long id) {
        Certificate certificate = declarations.certificate(id);
        return Attachment.of(certificate.content(), certificate.contentType(), certificate.fileName());
    }

    private static Integer minutes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new RuleViolation("outsideHours.minutes.range");
        }
    }
}
