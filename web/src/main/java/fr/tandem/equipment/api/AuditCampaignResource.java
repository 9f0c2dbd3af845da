package fr.tandem.equipment.api;

import fr.tandem.equipment.boundary.EquipmentAudits;
import fr.tandem.equipment.model.AuditForm;
import fr.tandem.equipment.model.AuditLine;
import fr.tandem.equipment.model.AuditProgress;
import fr.tandem.equipment.model.AuditSummary;
import fr.tandem.equipment.model.Sighting;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.RequestBody;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Physical audit campaigns of equipment over HTTP (city staff, admin). */
@Path("equipment/audits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment audits")
public class AuditCampaignResource {

    @EJB
    EquipmentAudits audits;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The audit campaigns of my city, open ones first, with seen / expected counts")
    public List<AuditSummary> listAuditCampaigns() {
        return audits.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an audit campaign; 201 with its Location",
            description = "The items expected are the schools' items not retired, now.")
    @APIResponse(responseCode = "201", description = "The campaign opened",
            headers = @Header(name = "Location", description = "The address of the new campaign",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuditSummary.class)))
    public Response openAuditCampaign(AuditForm form) {
        AuditSummary opened = audits.open(RequestBody.required(form));
        return Created.at(uri, opened.id(), opened);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One campaign with its progress per school, the items not seen and the corrections")
    public AuditProgress getAuditCampaign(@PathParam("id") long id) {
        return audits.progress(id);
    }

    @POST
    @Path("{id}/sightings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a sighting of an expected item",
            description = "A room or state that differs from the item's corrects the item (kept in its history).")
    public AuditLine recordAuditSighting(@PathParam("id") long id, Sighting sighting) {
        return audits.sight(id, RequestBody.required(sighting));
    }

    @GET
    @Path("{id}/not-seen")
    @Operation(summary = "The items of the campaign not seen yet")
    public List<AuditLine> listUnseenAuditItems(@PathParam("id") long id) {
        return audits.notSeen(id);
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close the campaign: it takes no more sightings and keeps its result")
    public AuditSummary closeAuditCampaign(@PathParam("id") long id) {
        return audits.close(id);
    }

    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every expected item with its sighting, as CSV (UTF-8 with BOM, ';')")
    @APIResponse(responseCode = "200", description = "The items as CSV",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"inventaire-{id}.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportAuditCampaignCsv(@PathParam("id") long id) {
        return Attachment.of(audits.csv(id), "text/csv; charset=UTF-8", "inventaire-" + id + ".csv");
    }

    @GET
    @Path("{id}/export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The campaign's progress, items not seen and corrections, as a PDF to print")
    @APIResponse(responseCode = "200", description = "The campaign as a PDF",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"inventaire-{id}.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportAuditCampaignPdf(@PathParam("id") long id) {
        return Attachment.of(audits.pdf(id), "application/pdf", "inventaire-" + id + ".pdf");
    }
}
