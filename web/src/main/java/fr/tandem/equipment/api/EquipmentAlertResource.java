package fr.tandem.equipment.api;

import fr.tandem.equipment.boundary.EquipmentAlerts;
import fr.tandem.equipment.model.EquipmentNotice;
import fr.tandem.equipment.model.ItemBrief;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Warranties ending and the equipment notices (warranties, contracts) over HTTP (city staff, admin). */
@Path("equipment/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment contracts")
public class EquipmentAlertResource {

    @EJB
    EquipmentAlerts alerts;

    @GET
    @Path("warranties")
    @Operation(summary = "Items of my city (not retired) whose warranty ends within so many days (90 by default)")
    public List<ItemBrief> listEndingWarranties(
            @Parameter(description = "How many days ahead to look") @QueryParam("days") @DefaultValue("90") int days) {
        return alerts.warrantiesEnding(days);
    }

    @GET
    @Path("notices")
    @Operation(summary = "In-app notices of warranties ending and contracts' notice deadlines and ends, newest first")
    public List<EquipmentNotice> listEquipmentNotices() {
        return alerts.notices();
    }

    @POST
    @Path("notices/{id: \\d+}/read")
    @Operation(summary = "Mark an equipment notice as read")
    @APIResponse(responseCode = "204", description = "The notice is marked as read")
    public Response markEquipmentNoticeRead(@PathParam("id") long id) {
        alerts.markRead(id);
        return Response.noContent().build();
    }
}
