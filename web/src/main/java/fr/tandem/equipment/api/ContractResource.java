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
    @Operation(summary = "The contracts of my city, soonest end first, filtered",
            description = "q: words of the reference, supplier or note; kind: MAINTENANCE, RENTAL, LEASING, SUPPORT, "
                    + "OTHER; supplier: a supplier's id; endingWithin: ending between today and so many days from "
                    + "now; item: the contracts covering that item (the other filters are then ignored).")
    public List<ContractSummary> list(@QueryParam("q") String text, @QueryParam("kind") ContractKind kind,
                                      @QueryParam("supplier") Long supplier,
                                      @QueryParam("endingWithin") Integer endingWithin, @QueryParam("item") Long item) {
        if (item != null) {
            return contracts.covering(item);
        }
        return contracts.list(new ContractQuery(text, kind, supplier, endingWithin));
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One contract, with the items it covers")
    public ContractSummary find(@PathParam("id") long id) {
        return contracts.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a contract (its city is its supplier's); 201 with its Location",
            description = "{\"supplierId\":1,\"reference\":\"M-2026-14\",\"kind\":\"MAINTENANCE\",\"startsOn\":\"2026-01-01\","
                    + "\"endsOn\":\"2028-12-31\",\"yearlyCost\":\"1200.00\",\"noticeDays\":90,\"tacitRenewal\":true,"
                    + "\"note\":\"…\",\"itemIds\":[51,52]}")
    public Response create(ContractForm form) {
        ContractSummary created = contracts.create(RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a contract and the items it covers; send the version you read (409 if it changed)")
    public ContractSummary update(@PathParam("id") long id, ContractForm form) {
        return contracts.update(id, RequestBody.required(form));
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(summary = "Delete a contract (and its reminders); the items stay")
    public Response delete(@PathParam("id") long id) {
        contracts.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every matching contract as CSV (';', UTF-8 with BOM, formula-like cells neutralised)")
    public Response export(@QueryParam("q") String text, @QueryParam("kind") ContractKind kind,
                           @QueryParam("supplier") Long supplier, @QueryParam("endingWithin") Integer endingWithin) {
        return Attachment.of(contracts.csv(new ContractQuery(text, kind, supplier, endingWithin)),
                "text/csv; charset=UTF-8", "contrats.csv");
    }
}
