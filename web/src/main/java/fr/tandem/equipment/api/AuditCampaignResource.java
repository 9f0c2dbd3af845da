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
    public List<AuditSummary> list() {
        return audits.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an audit campaign; 201 with its Location",
            description = "{\"name\":\"…\",\"dueDate\":\"2027-06-30\",\"schoolUais\":[\"0349104L\"]}; no school: "
                    + "every school of my city. The items expected are the schools' items not retired, now.")
    public Response open(AuditForm form) {
        AuditSummary opened = audits.open(RequestBody.required(form));
        return Created.at(uri, opened.id(), opened);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One campaign with its progress per school, the items not seen and the corrections")
    public AuditProgress progress(@PathParam("id") long id) {
        return audits.progress(id);
    }

    @POST
    @Path("{id}/sightings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a sighting of an expected item",
            description = "{\"equipmentId\":12} or {\"serialNumber\":\"ENI-…\"}, with \"room\" and \"finding\" "
                    + "(IN_SERVICE, BROKEN, IN_REPAIR, MISSING); a room or state that differs corrects the item "
                    + "(kept in its history).")
    public AuditLine sight(@PathParam("id") long id, Sighting sighting) {
        return audits.sight(id, RequestBody.required(sighting));
    }

    @GET
    @Path("{id}/not-seen")
    @Operation(summary = "The items of the campaign not seen yet")
    public List<AuditLine> notSeen(@PathParam("id") long id) {
        return audits.notSeen(id);
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close the campaign: it takes no more sightings and keeps its result")
    public AuditSummary close(@PathParam("id") long id) {
        return audits.close(id);
    }

    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every expected item with its sighting, as CSV (UTF-8 with BOM, ';')")
    public Response csv(@PathParam("id") long id) {
        return Attachment.of(audits.csv(id), "text/csv; charset=UTF-8", "inventaire-" + id + ".csv");
    }

    @GET
    @Path("{id}/export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The campaign's progress, items not seen and corrections, as a PDF to print")
    public Response pdf(@PathParam("id") long id) {
        return Attachment.of(audits.pdf(id), "application/pdf", "inventaire-" + id + ".pdf");
    }
}
