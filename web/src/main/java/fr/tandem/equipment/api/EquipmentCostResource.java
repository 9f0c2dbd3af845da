package fr.tandem.equipment.api;

import fr.tandem.equipment.boundary.EquipmentCosts;
import fr.tandem.equipment.boundary.EquipmentMaintenance;
import fr.tandem.equipment.model.DeviceLicence;
import fr.tandem.equipment.model.ItemCost;
import fr.tandem.equipment.model.MaintenanceForm;
import fr.tandem.equipment.model.MaintenanceSummary;
import fr.tandem.equipment.model.SchoolCosts;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.platform.export.ExcelExport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** What equipment costs over HTTP: an item's interventions, licences and cost of ownership; a school's cost per year. */
@Path("equipment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment")
public class EquipmentCostResource {

    @EJB
    EquipmentMaintenance maintenance;

    @EJB
    EquipmentCosts costs;

    @Context
    UriInfo uri;

    @GET
    @Path("{id: \\d+}/maintenance")
    @Operation(summary = "An item's interventions, latest first (city staff, admin)")
    public List<MaintenanceSummary> listEquipmentInterventions(@PathParam("id") long id) {
        return maintenance.records(id);
    }

    @POST
    @Path("{id: \\d+}/maintenance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an intervention (city staff, admin); 201 with its Location",
            description = "One of supplier and staff member, a cost at least 0, a day not in the future.")
    @APIResponse(responseCode = "201", description = "The intervention recorded",
            headers = @Header(name = "Location",
                    description = "The address of the new intervention (it answers PUT and DELETE)",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MaintenanceSummary.class)))
    public Response recordEquipmentIntervention(@PathParam("id") long id, MaintenanceForm form) {
        MaintenanceSummary added = maintenance.add(id, RequestBody.required(form));
        return Created.at(uri, added.id(), added);
    }

    @PUT
    @Path("{id: \\d+}/maintenance/{record: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an intervention (city staff, admin)")
    public MaintenanceSummary updateEquipmentIntervention(@PathParam("id") long id, @PathParam("record") long record,
                                                          MaintenanceForm form) {
        return maintenance.change(id, record, RequestBody.required(form));
    }

    @DELETE
    @Path("{id: \\d+}/maintenance/{record: \\d+}")
    @Operation(summary = "Delete an intervention recorded by mistake (city staff, admin); 204")
    @APIResponse(responseCode = "204", description = "The intervention is deleted")
    public Response deleteEquipmentIntervention(@PathParam("id") long id, @PathParam("record") long record) {
        maintenance.delete(id, record);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: \\d+}/cost")
    @Operation(summary = "An item's total cost of ownership (city staff, admin)",
            description = "purchase + interventions + licences on it (each licence's price × the device's seats ÷ the "
                    + "licence's seats, ÷ the seats assigned for a site or unlimited licence) − grants (TNE amount and "
                    + "the licences' grants on those shares)")
    public ItemCost getEquipmentItemCost(@PathParam("id") long id) {
        return costs.itemCost(id);
    }

    @GET
    @Path("{id: \\d+}/licences")
    @Operation(summary = "The licence seats an item holds (price shares for city staff only)")
    public List<DeviceLicence> listEquipmentItemLicences(@PathParam("id") long id) {
        return costs.deviceLicences(id);
    }

    @GET
    @Path("costs")
    @Operation(summary = "A school's equipment cost by year and type, and by year (city staff, admin)")
    public SchoolCosts getSchoolEquipmentCosts(
            @Parameter(description = "The UAI of a school", example = "0341234X") @QueryParam("school") String school) {
        return costs.schoolCosts(school);
    }

    @GET
    @Path("costs.csv")
    @Produces("text/csv")
    @Operation(summary = "Every amount of a school's equipment cost, one per line, as CSV (city staff, admin)")
    @APIResponse(responseCode = "200", description = "The amounts as CSV (';', UTF-8)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"couts-materiel.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportSchoolEquipmentCostsCsv(
            @Parameter(description = "The UAI of a school", example = "0341234X") @QueryParam("school") String school) {
        return Attachment.of(costs.schoolCostsCsv(school), "text/csv; charset=UTF-8", "couts-materiel.csv");
    }

    @GET
    @Path("costs.xlsx")
    @Produces(ExcelExport.MEDIA_TYPE)
    @Operation(summary = "The same as an Excel workbook (city staff, admin)")
    @APIResponse(responseCode = "200", description = "The costs as an Excel workbook",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"couts-materiel.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ExcelExport.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportSchoolEquipmentCostsExcel(
            @Parameter(description = "The UAI of a school", example = "0341234X") @QueryParam("school") String school) {
        return Attachment.of(costs.schoolCostsExcel(school), ExcelExport.MEDIA_TYPE, "couts-materiel.xlsx");
    }
}
