package fr.tandem.training.api;

import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.QueryParameters;
import fr.tandem.training.boundary.ApproverDigests;
import fr.tandem.training.boundary.ReplacementPlanning;
import fr.tandem.training.boundary.TrainingStatistics;
import fr.tandem.training.model.ApproverDigestRun;
import fr.tandem.training.model.OfferStatistics;
import fr.tandem.training.model.ReplacementDay;
import fr.tandem.training.model.StaffAbsence;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * Following training up over HTTP: an offer's figures for the inspector (enrolled, attended,
 * no-shows, late cancellations and refusals by reason), the replacements sessions on class time
 * need, the absences a head teacher is told of, and the approvers' digest an administrator runs now.
 */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class FollowUpResource {

    @EJB
    TrainingStatistics statistics;

    @EJB
    ApproverDigests digests;

    @EJB
    ReplacementPlanning replacements;

    @GET
    @Path("offers/{id}/statistics")
    @Operation(summary = "An offer's figures: enrolled, attended, no-shows, late cancellations and refusals by reason "
            + "(inspectors, admins; counts only, nobody named)")
    public OfferStatistics getOfferStatistics(@PathParam("id") long offerId) {
        return statistics.of(offerId);
    }

    @GET
    @Path("offers/{id}/statistics.csv")
    @Produces("text/csv")
    @Operation(summary = "An offer's figures as CSV for a spreadsheet (UTF-8 with BOM, ';')")
    @APIResponse(responseCode = "200", description = "The offer's figures as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportOfferStatisticsCsv(@PathParam("id") long offerId) {
        return Attachment.of(statistics.csv(offerId), "text/csv; charset=UTF-8", "suivi-offre-" + offerId + ".csv");
    }

    @GET
    @Path("replacements")
    @Operation(summary = "Per day (Paris time), how many replacement teachers sessions held on class time need, with "
            + "the schools concerned (inspectors: their circonscription; admins: all)",
            description = "Without from and to, three months from today.")
    public List<ReplacementDay> listReplacementDays(
            @Parameter(description = "The first day (yyyy-mm-dd, Paris time), included",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "The last day (yyyy-mm-dd, Paris time), included",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return replacements.days(QueryParameters.day(from, "replacements.day"), QueryParameters.day(to, "replacements.day"));
    }

    @GET
    @Path("school-absences")
    @Operation(summary = "The teachers of my school away for sessions held on class time, soonest first (head teachers)")
    public List<StaffAbsence> listSchoolAbsences() {
        return replacements.schoolAbsences();
    }

    @POST
    @Path("approver-digest")
    @Operation(summary = "Run the approvers' digest now (the timer runs it every morning): one mail a day per "
            + "inspector with requests waiting, and the notice to teachers whose request waits long (administrators)")
    public ApproverDigestRun runApproverDigest() {
        return digests.runNow();
    }
}
