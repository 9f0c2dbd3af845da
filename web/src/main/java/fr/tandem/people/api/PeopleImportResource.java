package fr.tandem.people.api;

import fr.tandem.people.boundary.PeopleImports;
import fr.tandem.people.model.PeopleImportReport;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Language;
import fr.tandem.platform.api.ApiLanguage;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people import over HTTP (admins): a preview, or the import itself; the rules live in the boundary. */
@Path("people/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class PeopleImportResource {

    private static final int MAX_BYTES = PeopleImports.MAX_FILE_MEGABYTES * 1024 * 1024;

    @EJB
    PeopleImports imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import people from a CSV (admin): a preview unless apply=true",
            description = "';'-separated, UTF-8 with or without BOM, or Latin-1; columns identifiant and/or courriel, "
                    + "nom, prenom, uai, fonction, quotite. Reports every line (created, updated, unchanged, skipped with "
                    + "its reason) and the leavers; apply=true writes all or nothing, deactivates the leavers when "
                    + "deactivateAbsent=true and invites the accounts created when invite=true. 413 over 10 MB.")
    public Response importPeople(InputStream body,
                                 @QueryParam("apply") @DefaultValue("false") boolean apply,
                                 @QueryParam("deactivateAbsent") @DefaultValue("false") boolean deactivateAbsent,
                                 @QueryParam("invite") @DefaultValue("false") boolean invite) throws IOException {
        return run(body, apply, deactivateAbsent, invite,
                report -> Response.ok(ReportJson.of(report, ApiLanguage.of(headers))).build());
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces("text/csv")
    @Operation(summary = "The same import, answering its report as CSV (Accept: text/csv; UTF-8 with BOM, ';')")
    public Response importPeopleAsCsv(InputStream body,
                                      @QueryParam("apply") @DefaultValue("false") boolean apply,
                                      @QueryParam("deactivateAbsent") @DefaultValue("false") boolean deactivateAbsent,
                                      @QueryParam("invite") @DefaultValue("false") boolean invite) throws IOException {
        return run(body, apply, deactivateAbsent, invite, report -> Attachment.of(
                imports.reportCsv(report, Language.of(ApiLanguage.of(headers))), "text/csv; charset=UTF-8",
                apply ? "import-personnes-compte-rendu.csv" : "import-personnes-apercu.csv"));
    }

    private Response run(InputStream body, boolean apply, boolean deactivateAbsent, boolean invite,
                         Function<PeopleImportReport, Response> answer) throws IOException {
        Locale locale = ApiLanguage.of(headers);
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            // the rest is read and dropped (up to a bound), so that a client still sending gets the answer
            byte[] dropped = new byte[8192];
            long left = 4L * MAX_BYTES;
            int read;
            while (left > 0 && (read = body.read(dropped)) >= 0) {
                left -= read;
            }
            return Response.fromResponse(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    RuleViolation.format(locale, "api.file.tooLarge", PeopleImports.MAX_FILE_MEGABYTES),
                    "api.file.tooLarge")).header("Connection", "close").build();
        }
        if (content.length == 0) {
            throw new RuleViolation("api.body.required");
        }
        return answer.apply(apply ? imports.apply(content, deactivateAbsent ? null : Set.of(), invite)
                : imports.preview(content));
    }

    /** The report as JSON, with reasons in the client's language. */
    public record ReportJson(String charset, boolean applied, int created, int updated, int unchanged, int skipped,
                             int deactivated, int invited, List<Line> lines, List<Leaver> leavers) {

        /** One line of the file. */
        public record Line(int line, String username, String name, String outcome, List<String> changes, String code,
                           String reason) {
        }

        /** An account absent from the file that the import manages. */
        public record Leaver(String username, String name, List<String> roles, boolean deactivated) {
        }

        static ReportJson of(PeopleImportReport report, Locale locale) {
            return new ReportJson(report.charset(), report.applied(), report.created(), report.updated(),
                    report.unchanged(), report.skipped(), report.deactivated(), report.invited(),
                    report.lines().stream().map(l -> new Line(l.line(), l.username(), l.name(), l.outcome().name(),
                            l.changedFields(), l.reasonKey(), l.reasonIn(locale))).toList(),
                    report.leavers().stream().map(l -> new Leaver(l.username(), l.name(),
                            l.roles().stream().map(Enum::name).sorted().toList(), l.deactivated())).toList());
        }
    }
}
