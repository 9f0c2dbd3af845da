package fr.tandem.licence.api;

import fr.tandem.licence.boundary.LicenceReminders;
import fr.tandem.licence.model.ReminderSummary;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Licence reminders over HTTP: the in-app notices, the stages, and a pass on demand. */
@Path("licences/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licences")
public class ReminderResource {

    @EJB
    LicenceReminders reminders;

    /** The stages, as days before the end: {"days":"90,30,7"}. */
    @Schema(description = "The reminder stages: how many days before a licence ends city staff are reminded.")
    public record Stages(@Schema(required = true, description = "Days before the end, separated by commas",
            example = "90,30,7") String days) {
    }

    /** What a pass did. */
    @Schema(description = "What a pass of licence reminders did.")
    public record PassResult(@Schema(required = true, description = "How many notices it created") int fired) {
    }

    @GET
    @Operation(summary = "In-app notices: licences ending (per stage) or low on free seats, newest first")
    public List<ReminderSummary> listLicenceReminders() {
        return reminders.notices();
    }

    @POST
    @Path("{id: \\d+}/read")
    @Operation(summary = "Mark a notice as read")
    @APIResponse(responseCode = "204", description = "The notice is marked as read")
    public Response markLicenceReminderRead(@PathParam("id") long id) {
        reminders.markRead(id);
        return Response.noContent().build();
    }

    @GET
    @Path("stages")
    @Operation(summary = "The reminder stages (days before a licence ends)")
    public Stages getLicenceReminderStages() {
        return new Stages(reminders.stages().text());
    }

    @PUT
    @Path("stages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the reminder stages, e.g. {\"days\":\"90,30,7\"}")
    public Stages updateLicenceReminderStages(Stages stages) {
        return new Stages(reminders.changeStages(RequestBody.required(stages).days()).text());
    }

    @POST
    @Path("run")
    @Operation(summary = "Run a pass now (a timer runs one every hour); each stage fires once per licence")
    public PassResult runLicenceReminders() {
        return new PassResult(reminders.runNow());
    }
}
