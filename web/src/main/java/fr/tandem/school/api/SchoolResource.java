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
            description = "q: words of the UAI, name, commune or postcode; sort: uai, name, communeName, kind, "
                    + "priority, state, circonscriptionName; size at most 500")
    public SchoolPage list(@QueryParam("q") String text, @QueryParam("circonscription") String circonscription,
                           @QueryParam("kind") SchoolKind kind, @QueryParam("priority") PriorityEducation priority,
                           @QueryParam("state") SchoolState state, @QueryParam("sort") @DefaultValue("name") String sort,
                           @QueryParam("desc") @DefaultValue("false") boolean descending,
                           @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        return schools.search(new SchoolQuery(text, circonscription, kind, priority, state, sort, !descending, first, size));
    }

    @GET
    @Path("{uai}")
    @Operation(summary = "One school by UAI")
    public SchoolSummary find(@PathParam("uai") String uai) {
        return schools.find(uai);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a school (city staff, admin); 201 with its Location")
    public Response create(SchoolForm form, @Context UriInfo uri) {
        SchoolSummary created = schools.create(RequestBody.required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(created.uai()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{uai}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a school (city staff, admin); send the version you read to avoid overwriting a change")
    public SchoolSummary update(@PathParam("uai") String uai, SchoolForm form) {
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
    public record ImportReportJson(String charset, int created, int updated, int unchanged, int skipped,
                                   int circonscriptionsCreated, List<Line> lines) {

        /** One reported line. */
        public record Line(int line, String uai, String outcome, String reason) {
        }

        static ImportReportJson of(ImportReport report, Locale locale) {
            return new ImportReportJson(report.charset(), report.created(), report.updated(), report.unchanged(),
                    report.skipped(), report.circonscriptionsCreated(), report.lines().stream()
                    .map(l -> new Line(l.line(), l.uai(), l.outcome().name(), l.reasonIn(locale))).toList());
        }
    }
}
