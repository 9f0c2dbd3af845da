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
    public record Decision(boolean validated, String reason) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Declare hours done outside Tandem with their certificate (teachers); the body is the "
            + "certificate file",
            description = "The body: the certificate, a PDF, PNG or JPEG of at most 5 MB (its type read from its content, "
                    + "not from its name or Content-Type). Query: title, provider (MAGISTERE, CONSTELLATION, ACADEMIE, "
                    + "OTHER), doneOn (yyyy-MM-dd, not in the future), nature (ANIMATION_PEDAGOGIQUE or "
                    + "FORMATION_CONTINUE), modality (PRESENTIEL or DISTANCE), minutes (1 to 1080), name (the file's "
                    + "name). 201 with the declaration, waiting for the inspector; Location: its certificate.")
    public Response declareOutsideHours(@QueryParam("title") String title, @QueryParam("provider") String provider,
                                        @QueryParam("doneOn") String doneOn, @QueryParam("nature") String nature,
                                        @QueryParam("modality") String modality, @QueryParam("minutes") String minutes,
                                        @QueryParam("name") String name, InputStream body) throws IOException {
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
    public OutsideHoursSummary decideOutsideHours(@PathParam("id") long id, Decision decision) {
        Decision body = RequestBody.required(decision);
        return declarations.decide(id, body.validated(), body.reason());
    }

    @GET
    @Path("{id}/certificate")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "The certificate of a declaration, as its real type (its teacher and their inspectors)")
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
