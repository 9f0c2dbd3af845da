package fr.tandem.equipment.api;

import fr.tandem.equipment.ContractKind;
import fr.tandem.equipment.boundary.Contracts;
import fr.tandem.equipment.model.ContractForm;
import fr.tandem.equipment.model.ContractQuery;
import fr.tandem.equipment.model.ContractSummary;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.RequestBody;
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

/** Maintenance, rental and support contracts on equipment over HTTP (city staff, admin). */
@Path("equipment/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment contracts")
public class ContractResource {

    @EJB
    Contracts contracts;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The contracts of my city, soonest end first, filtered")
    public List<ContractSummary> listEquipmentContracts(
            @Parameter(description = "Words of the reference, supplier or note") @QueryParam("q") String text,
            @QueryParam("kind") ContractKind kind,
            @Parameter(description = "A supplier's id") @QueryParam("supplier") Long supplier,
            @Parameter(description = "Only the contracts ending between today and so many days from now")
            @QueryParam("endingWithin") Integer endingWithin,
            @Parameter(description = "An item's id: the contracts covering it (the other filters are then ignored)")
            @QueryParam("item") Long item) {
        if (item != null) {
            return contracts.covering(item);
        }
        return contracts.list(new ContractQuery(text, kind, supplier, endingWithin));
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One contract, with the items it covers")
    public ContractSummary getEquipmentContract(@PathParam("id") long id) {
        return contracts.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a contract (its city is its supplier's); 201 with its Location")
    @APIResponse(responseCode = "201", description = "The contract added",
            headers = @Header(name = "Location", description = "The address of the new contract",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContractSummary.class)))
    public Response createEquipmentContract(ContractForm form) {
        ContractSummary created = contracts.create(RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a contract and the items it covers; send the version you read (409 if it changed)")
    public ContractSummary updateEquipmentContract(@PathParam("id") long id, ContractForm form) {
        return contracts.update(id, RequestBody.required(form));
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(summary = "Delete a contract (and its reminders); the items stay")
    @APIResponse(responseCode = "204", description = "The contract is deleted")
    public Response deleteEquipmentContract(@PathParam("id") long id) {
        contracts.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every matching contract as CSV (';', UTF-8 with BOM, formula-like cells neutralised)")
    @APIResponse(responseCode = "200", description = "The contracts as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"contrats.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportEquipmentContractsCsv(
            @Parameter(description = "Words of the reference, supplier or note") @QueryParam("q") String text,
            @QueryParam("kind") ContractKind kind,
            @Parameter(description = "A supplier's id") @QueryParam("supplier") Long supplier,
            @Parameter(description = "Only the contracts ending between today and so many days from now")
            @QueryParam("endingWithin") Integer endingWithin) {
        return Attachment.of(contracts.csv(new ContractQuery(text, kind, supplier, endingWithin)),
                "text/csv; charset=UTF-8", "contrats.csv");
    }
}
