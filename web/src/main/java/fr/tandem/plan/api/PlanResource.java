package fr.tandem.plan.api;

import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.PlanLineState;
import fr.tandem.plan.Programme;
import fr.tandem.plan.boundary.DigitalPlans;
import fr.tandem.plan.model.EnvelopeForm;
import fr.tandem.plan.model.LineQuery;
import fr.tandem.plan.model.PlanFigures;
import fr.tandem.plan.model.PlanForm;
import fr.tandem.plan.model.PlanSummary;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.platform.export.ExcelExport;
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
import jakarta.ws.rs.QueryParam;
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

/**
 * The multi-year digital plans over HTTP: the plans themselves, their programmes' envelopes, their
 * figures and their lines' exports (city staff and admins change; councillors and inspectors read).
 */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Digital plan")
public class PlanResource {

    /** The filters of a plan's lines, its figures and its exports, as query parameters; each optional. */
    public static class LineFilters {
        @QueryParam("school")
        String school;
        @QueryParam("year")
        Integer year;
        @QueryParam("programme")
        Programme programme;
        @QueryParam("kind")
        PlanLineKind kind;
        @QueryParam("state")
        PlanLineState state;

        LineQuery query() {
            return new LineQuery(school, year, programme, kind, state);
        }
    }

    /*
     * The descriptions of the lines' filters, on each operation that takes them (Payara's own OpenAPI
     * scan fails on @Parameter on the fields of a @BeanParam class).
     */
    static final String SCHOOL = "Only the lines of this school, by its UAI";
    static final String YEAR = "Only the lines of this school year, by the calendar year it starts in";
    static final String PROGRAMME = "Only the lines this programme funds: TNE (the State's Territoires Numériques "
            + "Éducatifs), DEPARTEMENT (the département's grant) or CITY (the city's own budget)";
    static final String KIND = "Only the lines of this kind";
    static final String STATE = "Only the lines in this state";

    @EJB
    DigitalPlans plans;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The plans I may read, latest first")
    public List<PlanSummary> listPlans() {
        return plans.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a plan of my city (an administrator names cityId) with its envelopes; 201 with its Location",
            description = "{\"title\":\"Plan numérique 2025–2028\",\"firstYear\":2025,\"lastYear\":2027,"
                    + "\"envelopes\":[{\"programme\":\"TNE\",\"rate\":70,\"amount\":250000},"
                    + "{\"programme\":\"CITY\",\"rate\":100}]}")
    @APIResponse(responseCode = "201", description = "The plan was created.",
            headers = @Header(name = "Location", description = "The address of the new plan",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanSummary.class)))
    public Response createPlan(PlanForm form) {
        PlanSummary created = plans.create(RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One plan with its envelopes (amounts left out for the inspectorate)")
    public PlanSummary getPlan(@PathParam("id") long id) {
        return plans.find(id);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a plan or change its years; send the version you read (409 if it changed)",
            description = "{\"title\":\"…\",\"firstYear\":2025,\"lastYear\":2028,\"version\":0}; every line must stay "
                    + "within the years.")
    public PlanSummary updatePlan(@PathParam("id") long id, PlanForm form) {
        return plans.update(id, RequestBody.required(form));
    }

    @PUT
    @Path("{id: \\d+}/envelopes/{programme}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set what a programme grants the plan: its default rate (percent) and envelope (empty: no ceiling)",
            description = "{\"rate\":70,\"amount\":250000}; the body's programme is ignored.")
    public PlanSummary setPlanEnvelope(@PathParam("id") long id, @PathParam("programme") Programme programme,
                                       EnvelopeForm envelope) {
        EnvelopeForm body = RequestBody.required(envelope);
        return plans.setEnvelope(id, new EnvelopeForm(programme, body.rate(), body.amount()));
    }

    @DELETE
    @Path("{id: \\d+}/envelopes/{programme}")
    @Operation(summary = "Remove a programme's envelope (its lines keep their rate)")
    public PlanSummary removePlanEnvelope(@PathParam("id") long id, @PathParam("programme") Programme programme) {
        return plans.removeEnvelope(id, programme);
    }

    @GET
    @Path("{id: \\d+}/figures")
    @Operation(summary = "Planned, ordered, delivered, in service, paid, grant expected, claimed and remaining to claim, "
            + "in total, per year, per school, per programme (with its envelope), and items planned vs linked per type",
            description = "Of the lines the filters keep. The inspectorate gets the counts only.")
    @Parameter(name = "school", in = ParameterIn.QUERY, description = SCHOOL, example = "0341234A")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = YEAR, example = "2026")
    @Parameter(name = "programme", in = ParameterIn.QUERY, description = PROGRAMME)
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = KIND)
    @Parameter(name = "state", in = ParameterIn.QUERY, description = STATE)
    public PlanFigures getPlanFigures(@PathParam("id") long id, @BeanParam LineFilters filters) {
        return plans.figures(id, filters.query());
    }

    @GET
    @Path("{id: \\d+}/lines.csv")
    @Produces("text/csv")
    @Operation(summary = "Every matching line as CSV (';', UTF-8 with BOM, formula-like cells neutralised)",
            description = "In the caller's language; without amounts for the inspectorate.")
    @APIResponse(responseCode = "200", description = "The lines as CSV.",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"plan-numerique-{id}.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Parameter(name = "school", in = ParameterIn.QUERY, description = SCHOOL, example = "0341234A")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = YEAR, example = "2026")
    @Parameter(name = "programme", in = ParameterIn.QUERY, description = PROGRAMME)
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = KIND)
    @Parameter(name = "state", in = ParameterIn.QUERY, description = STATE)
    public Response exportPlanLinesCsv(@PathParam("id") long id, @BeanParam LineFilters filters) {
        return Attachment.of(plans.csv(id, filters.query()),
                "text/csv; charset=UTF-8", "plan-numerique-" + id + ".csv");
    }

    @GET
    @Path("{id: \\d+}/lines.xlsx")
    @Produces(ExcelExport.MEDIA_TYPE)
    @Operation(summary = "Every matching line as an Excel workbook",
            description = "In the caller's language; without amounts for the inspectorate.")
    @APIResponse(responseCode = "200", description = "The lines as an Excel workbook.",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"plan-numerique-{id}.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ExcelExport.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Parameter(name = "school", in = ParameterIn.QUERY, description = SCHOOL, example = "0341234A")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = YEAR, example = "2026")
    @Parameter(name = "programme", in = ParameterIn.QUERY, description = PROGRAMME)
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = KIND)
    @Parameter(name = "state", in = ParameterIn.QUERY, description = STATE)
    public Response exportPlanLinesExcel(@PathParam("id") long id, @BeanParam LineFilters filters) {
        return Attachment.of(plans.excel(id, filters.query()),
                ExcelExport.MEDIA_TYPE, "plan-numerique-" + id + ".xlsx");
    }
}
