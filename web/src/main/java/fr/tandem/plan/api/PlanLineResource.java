package fr.tandem.plan.api;

import fr.tandem.plan.boundary.DigitalPlans;
import fr.tandem.plan.model.InvoiceForm;
import fr.tandem.plan.model.InvoiceSummary;
import fr.tandem.plan.model.LineForm;
import fr.tandem.plan.model.LineSummary;
import fr.tandem.plan.model.LinkedItem;
import fr.tandem.plan.model.LinkedLicence;
import fr.tandem.plan.model.Payment;
import fr.tandem.plan.model.StateMove;
import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.RequestBody;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's lines over HTTP: what is planned, its state, its invoices and the items and licences it brought. */
@Path("plans/{plan: \\d+}/lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Digital plan")
public class PlanLineResource {

    @EJB
    DigitalPlans plans;

    @Context
    UriInfo uri;

    @PathParam("plan")
    long plan;

    @GET
    @Operation(summary = "The plan's lines, by year, school and label, filtered",
            description = "The inspectorate sees the lines of its circonscription's schools, without amounts.")
    @Parameter(name = "school", in = ParameterIn.QUERY, description = PlanResource.SCHOOL, example = "0341234A")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = PlanResource.YEAR, example = "2026")
    @Parameter(name = "programme", in = ParameterIn.QUERY, description = PlanResource.PROGRAMME)
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = PlanResource.KIND)
    @Parameter(name = "state", in = ParameterIn.QUERY, description = PlanResource.STATE)
    public List<LineSummary> listPlanLines(@BeanParam PlanResource.LineFilters filters) {
        return plans.lines(plan, filters.query());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a line (planned); 201 with its Location",
            description = "{\"schoolUai\":\"0341234A\" (empty: every school of the city),\"schoolYear\":2026,"
                    + "\"kind\":\"EQUIPMENT\",\"equipmentType\":\"INTERACTIVE_SCREEN\",\"label\":\"ENI des CM\","
                    + "\"quantity\":4,\"unitCost\":3200,\"programme\":\"TNE\",\"grantRate\":70 (empty: the envelope's)}")
    @APIResponse(responseCode = "201", description = "The line was added.",
            headers = @Header(name = "Location", description = "The address of the new line",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LineSummary.class)))
    public Response addPlanLine(LineForm form) {
        LineSummary created = plans.addLine(plan, RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{line: \\d+}")
    @Operation(summary = "One line with its invoices and the items and licences it brought")
    public LineSummary getPlanLine(@PathParam("line") long line) {
        return plans.line(plan, line);
    }

    @PUT
    @Path("{line: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a line (refused once claimed); send the version you read (409 if it changed)")
    public LineSummary updatePlanLine(@PathParam("line") long line, LineForm form) {
        return plans.updateLine(plan, line, RequestBody.required(form));
    }

    @DELETE
    @Path("{line: \\d+}")
    @Operation(summary = "Delete a line still planned, without invoices or grant claim")
    @APIResponse(responseCode = "204", description = "The line was deleted.")
    public Response deletePlanLine(@PathParam("line") long line) {
        plans.deleteLine(plan, line);
        return Response.noContent().build();
    }

    @POST
    @Path("{line: \\d+}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a line to a state (ordering names the order and its day; delivering its day)",
            description = "{\"state\":\"ORDERED\",\"on\":\"2026-03-02\",\"reference\":\"BC-2026-118\",\"amount\":12400,"
                    + "\"version\":0}; moving back clears what the later states recorded.")
    public LineSummary movePlanLine(@PathParam("line") long line, StateMove move) {
        return plans.move(plan, line, RequestBody.required(move));
    }

    @POST
    @Path("{line: \\d+}/invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an invoice of the line; 201 with its Location",
            description = "{\"reference\":\"F-2026-051\",\"issuedOn\":\"2026-04-10\",\"amount\":12400,"
                    + "\"paidOn\":\"2026-05-02\" (optional)}")
    @APIResponse(responseCode = "201", description = "The invoice was recorded.",
            headers = @Header(name = "Location", description = "The address of the new invoice (read with its line: "
                    + "no GET answers this address)",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceSummary.class)))
    public Response addPlanLineInvoice(@PathParam("line") long line, InvoiceForm form) {
        InvoiceSummary created = plans.addInvoice(plan, line, RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @POST
    @Path("{line: \\d+}/invoices/{invoice: \\d+}/paid")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the day an invoice was paid", description = "{\"paidOn\":\"2026-05-02\"}")
    public LineSummary markPlanLineInvoicePaid(@PathParam("line") long line, @PathParam("invoice") long invoice,
                                               Payment payment) {
        return plans.markPaid(plan, line, invoice, RequestBody.required(payment).paidOn());
    }

    @DELETE
    @Path("{line: \\d+}/invoices/{invoice: \\d+}")
    @Operation(summary = "Remove an invoice typed by mistake (refused once claimed)")
    public LineSummary removePlanLineInvoice(@PathParam("line") long line, @PathParam("invoice") long invoice) {
        return plans.removeInvoice(plan, line, invoice);
    }

    @GET
    @Path("{line: \\d+}/items/candidates")
    @Operation(summary = "The items the line may link: of its school and type, linked to no line",
            description = "At most 500, by serial number; none for a line without an equipment type.")
    public List<LinkedItem> listPlanLineItemCandidates(@PathParam("line") long line) {
        return plans.itemCandidates(plan, line);
    }

    @PUT
    @Path("{line: \\d+}/items/{item: \\d+}")
    @Operation(summary = "Link an item of the line's school and type (409 if another line brought it)")
    public LineSummary linkPlanLineItem(@PathParam("line") long line, @PathParam("item") long item) {
        return plans.linkItem(plan, line, item);
    }

    @DELETE
    @Path("{line: \\d+}/items/{item: \\d+}")
    @Operation(summary = "Unlink an item")
    public LineSummary unlinkPlanLineItem(@PathParam("line") long line, @PathParam("item") long item) {
        return plans.unlinkItem(plan, line, item);
    }

    @GET
    @Path("{line: \\d+}/licences/candidates")
    @Operation(summary = "The licences the line may link: of the plan's city, linked to no line",
            description = "At most 500, the latest ending first.")
    public List<LinkedLicence> listPlanLineLicenceCandidates(@PathParam("line") long line) {
        return plans.licenceCandidates(plan, line);
    }

    @PUT
    @Path("{line: \\d+}/licences/{licence: \\d+}")
    @Operation(summary = "Link a licence of the plan's city (409 if another line brought it)")
    public LineSummary linkPlanLineLicence(@PathParam("line") long line, @PathParam("licence") long licence) {
        return plans.linkLicence(plan, line, licence);
    }

    @DELETE
    @Path("{line: \\d+}/licences/{licence: \\d+}")
    @Operation(summary = "Unlink a licence")
    public LineSummary unlinkPlanLineLicence(@PathParam("line") long line, @PathParam("licence") long licence) {
        return plans.unlinkLicence(plan, line, licence);
    }
}
