package fr.tandem.school.api;

import fr.tandem.platform.Paging;
import fr.tandem.platform.api.ApiLanguage;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.boundary.AnnuaireImports;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.ImportReport;
import fr.tandem.school.model.SchoolForm;
import fr.tandem.school.model.SchoolPage;
import fr.tandem.school.model.SchoolQuery;
import fr.tandem.school.model.SchoolSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Schools and the Annuaire import over HTTP; the rules and the access checks live in the boundaries. */
@Path("schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools")
public class SchoolResource {

    /** Largest Annuaire file accepted (the whole of France is about 60 MB). */

    @EJB
    Schools schools;

    @EJB
    AnnuaireImports imports;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "One page of schools, filtered and sorted in the database",
            description = "A city employee or councillor sees their city's schools, a head teacher or teacher their "
                    + "own school.")
    public SchoolPage listSchools(
            @Parameter(description = "Words of the UAI, name, commune or postcode, all of which must match")
            @QueryParam("q") String text,
            @Parameter(description = "Only the schools of this circonscription (its code)")
            @QueryParam("circonscription") String circonscription,
            @QueryParam("kind") SchoolKind kind, @QueryParam("priority") PriorityEducation priority,
            @QueryParam("state") SchoolState state,
            @Parameter(description = "The field to sort by: uai, name, communeName, kind, priority, state or "
                    + "circonscriptionName (name for any other value)")
            @QueryParam("sort") @DefaultValue("name") String sort,
            @Parameter(description = "Sort in descending order") @QueryParam("desc") @DefaultValue("false")
            boolean descending,
            @Parameter(description = "The index of the first school of the page (0 is the first)")
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "How many schools a page has, at most 500") @QueryParam("size") @DefaultValue("20")
            int size) {
        Paging.check(first, size);
        return schools.search(new SchoolQuery(text, circonscription, kind, priority, state, sort, !descending, first, size));
    }

    @GET
    @Path("{uai}")
    @Operation(summary = "One school by UAI")
    public SchoolSummary getSchool(@Parameter(description = "The school's UAI", example = "0341234X")
                                   @PathParam("uai") String uai) {
        return schools.find(uai);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a school (city staff, admin)")
    @APIResponse(responseCode = "201", description = "The school created",
            headers = @Header(name = "Location", description = "The address of the new school",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SchoolSummary.class)))
    public Response createSchool(SchoolForm form, @Context UriInfo uri) {
        SchoolSummary created = schools.create(RequestBody.required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(created.uai()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{uai}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a school (city staff, admin); send the version you read to avoid overwriting a change")
    public SchoolSummary updateSchool(@Parameter(description = "The school's UAI", example = "0341234X")
                                      @PathParam("uai") String uai, SchoolForm form) {
        return schools.update(uai, RequestBody.required(form));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import an Annuaire de l'éducation CSV (city staff, admin)",
            description = "';'-separated, UTF-8 with or without BOM, or Latin-1. Idempotent; reports created, "
                    + "updated and skipped lines with their numbers and reasons. A file of the wrong structure imports nothing.")
    public ImportReportJson importAnnuaire(InputStream body) throws IOException {
        ImportReport report = imports.importFile(RequestBody.file(body, AnnuaireImports.MAX_FILE_MEGABYTES));
        return ImportReportJson.of(report, ApiLanguage.of(headers));
    }

    /** The import report as JSON, with reasons in the client's language. */
    @Schema(name = "SchoolImportReport", description = "What an Annuaire import did: counts, and the lines that "
            + "created, updated or skipped a school (unchanged lines are only counted).")
    public record ImportReportJson(
            @Schema(required = true, description = "The charset the file was read in", example = "UTF-8")
            String charset,
            @Schema(required = true, description = "Schools created") int created,
            @Schema(required = true, description = "Schools changed") int updated,
            @Schema(required = true, description = "Schools already as in the file") int unchanged,
            @Schema(required = true, description = "Lines skipped (see their reasons)") int skipped,
            @Schema(required = true, description = "Circonscriptions created") int circonscriptionsCreated,
            @Schema(required = true) List<Line> lines) {

        /** One reported line. */
        @Schema(name = "SchoolImportLine", description = "A line of the file that created, updated or skipped a school.")
        public record Line(
                @Schema(required = true, description = "The line's number in the file") int line,
                @Schema(description = "The school's UAI; absent when the line has none that is valid") String uai,
                @Schema(required = true, description = "CREATED, UPDATED or SKIPPED") String outcome,
                @Schema(description = "Why the line was skipped, in the client's language (Accept-Language); absent "
                        + "otherwise") String reason) {
        }

        static ImportReportJson of(ImportReport report, Locale locale) {
            return new ImportReportJson(report.charset(), report.created(), report.updated(), report.unchanged(),
                    report.skipped(), report.circonscriptionsCreated(), report.lines().stream()
                    .map(l -> new Line(l.line(), l.uai(), l.outcome().name(), l.reasonIn(locale))).toList());
        }
    }
}
