package fr.tandem.licence.api;

import fr.tandem.licence.boundary.LicenceRollover;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.licence.model.RolloverReview;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.RequestBody;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The city's licence review at the school year's end over HTTP: seats of classes and licences ending by 31 August. */
@Path("licences/rollover")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licences")
public class LicenceRolloverResource {

    @EJB
    LicenceRollover rollover;

    /** A class's new name: {"className":"CM1 B"}. */
    @Schema(description = "A class's new name.")
    public record ClassName(@Schema(required = true, example = "CM1 B") String className) {
    }

    @GET
    @Operation(summary = "What ends with the school year: seats given to classes, licences ending by 31 August")
    public RolloverReview getLicenceRolloverReview() {
        return rollover.review();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The same as CSV (UTF-8 with BOM, ';', every row)")
    @APIResponse(responseCode = "200", description = "The review as CSV",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"licences-fin-annee.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportLicenceRolloverCsv() {
        return Attachment.of(rollover.csv(), "text/csv; charset=UTF-8", "licences-fin-annee.csv");
    }

    @POST
    @Path("assignments/{id: \\d+}/release")
    @Operation(summary = "Release the seats of a class (transferable licences only)")
    public AssignmentSummary releaseClassLicenceSeats(@PathParam("id") long assignmentId) {
        return rollover.release(assignmentId);
    }

    @PUT
    @Path("assignments/{id: \\d+}/class")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the seats of a class the class's new name")
    public AssignmentSummary renameLicenceClass(@PathParam("id") long assignmentId, ClassName body) {
        return rollover.renameClass(assignmentId, RequestBody.required(body).className());
    }
}
