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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
                    + "its reason) and the leavers, as JSON or, with Accept: text/csv, as a CSV file (UTF-8 with BOM, "
                    + "';'). 413 over 10 MB.")
    @APIResponse(responseCode = "200", description = "The import's report (of the preview, or of what was written)",
            headers = @Header(name = "Content-Disposition", description = "For text/csv: attachment, with the file name "
                    + "import-personnes-apercu.csv (a preview) or import-personnes-compte-rendu.csv",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportJson.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response importPeople(InputStream body,
                                 @Parameter(description = "Write the import (all lines or none) instead of previewing it")
                                 @QueryParam("apply") @DefaultValue("false") boolean apply,
                                 @Parameter(description = "With apply: deactivate the leavers (the active accounts the "
                                         + "import manages that the file leaves out)")
                                 @QueryParam("deactivateAbsent") @DefaultValue("false") boolean deactivateAbsent,
                                 @Parameter(description = "With apply: send the accounts created an invitation to "
                                         + "choose their password")
                                 @QueryParam("invite") @DefaultValue("false") boolean invite) throws IOException {
        return run(body, apply, deactivateAbsent, invite,
                report -> Response.ok(ReportJson.of(report, ApiLanguage.of(headers))).build());
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces("text/csv")
    @Operation(hidden = true) // one operation in the document: importPeople's text/csv answer
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
    @Schema(name = "PeopleImportReport", description = "What a people import would do (a preview, nothing written) or "
            + "did: counts, every line in file order, and the leavers.")
    public record ReportJson(
            @Schema(required = true, description = "The charset the file was read in", example = "UTF-8") String charset,
            @Schema(required = true, description = "Whether the import was written (false: a preview)") boolean applied,
            @Schema(required = true, description = "Accounts created (or that would be)") int created,
            @Schema(required = true, description = "Accounts changed (or that would be)") int updated,
            @Schema(required = true, description = "Accounts already as in the file") int unchanged,
            @Schema(required = true, description = "Lines skipped (see their reasons)") int skipped,
            @Schema(required = true, description = "Leavers deactivated") int deactivated,
            @Schema(required = true, description = "Accounts created that were sent an invitation") int invited,
            @Schema(required = true, description = "Every data line, in file order") List<Line> lines,
            @Schema(required = true) List<Leaver> leavers) {

        /** One line of the file. */
        @Schema(name = "PeopleImportLine", description = "A data line of a people file and what the import does with it.")
        public record Line(
                @Schema(required = true, description = "The line's number in the file") int line,
                @Schema(description = "The account's username, when known") String username,
                @Schema(description = "The person's name as the file writes it") String name,
                @Schema(required = true, description = "CREATED, UPDATED, UNCHANGED or SKIPPED") String outcome,
                @Schema(required = true, description = "The account's fields the line changes (firstName, lastName, "
                        + "email, roles, school, circonscription, workingTime)") List<String> changes,
                @Schema(description = "For a skipped line: the reason's key, stable for programs",
                        example = "people.skip.duplicate") String code,
                @Schema(description = "For a skipped line: the reason in the client's language (Accept-Language)")
                String reason) {
        }

        /** An account absent from the file that the import manages. */
        @Schema(name = "PeopleImportLeaver", description = "An active account the import manages (its roles are all "
                + "among those the file gives) that the file leaves out.")
        public record Leaver(
                @Schema(required = true) String username,
                @Schema(required = true, description = "The person's first and last names") String name,
                @Schema(required = true, description = "Its roles (Role values), sorted") List<String> roles,
                @Schema(required = true, description = "Whether the import deactivated it") boolean deactivated) {
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
