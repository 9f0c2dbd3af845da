package fr.tandem.dashboard.api;

import fr.tandem.dashboard.boundary.Dashboard;
import fr.tandem.dashboard.boundary.EquipmentArrivalDigests;
import fr.tandem.dashboard.boundary.EquippedUntrainedSchools;
import fr.tandem.dashboard.control.EquippedUntrained;
import fr.tandem.dashboard.model.ArrivalDigestRun;
import fr.tandem.dashboard.model.DashboardFigures;
import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.EquipmentTrainingFigures;
import fr.tandem.dashboard.model.SatisfactionFigures;
import fr.tandem.dashboard.model.UntrainedSchool;
import fr.tandem.dashboard.model.YearInReview;
import fr.tandem.platform.Language;
import fr.tandem.platform.api.Attachment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partnership dashboard over HTTP: the figures, and the same as CSV and PDF; equipment against
 * teachers trained on it, the schools equipped but not trained, and their inspectors' digest; the
 * year in review.
 */
@Path("dashboard")
@RequestScoped
@Tag(name = "Dashboard")
public class DashboardResource {

    private static final String YEAR = "The school year by its starting year (2025: the year starting in September "
            + "2025); absent: the current one";
    private static final String CIRCONSCRIPTION = "Only this circonscription, by its code (inspectors: always their own)";
    private static final String SCHOOL = "Only this school, by its UAI";
    private static final String CITY = "Only this city, by its id (admins; city staff and councillors always see "
            + "their own city)";

    @EJB
    Dashboard dashboard;

    @EJB
    EquippedUntrainedSchools untrained;

    @EJB
    EquipmentArrivalDigests arrivals;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The dashboard's figures (city staff, councillor, admins; inspectors: their circonscription)",
            description = "Training figures are aggregates, never per named teacher; lines of fewer "
                    + "than minGroup teachers (setting tandem.privacy.minGroup) are merged into one line with an empty "
                    + "code, whose per-teacher figures are left out while it is still that small.")
    public DashboardFigures getDashboardFigures(
            @Parameter(description = YEAR) @QueryParam("year") Integer year,
            @Parameter(description = CIRCONSCRIPTION) @QueryParam("circonscription") String circonscription,
            @Parameter(description = SCHOOL) @QueryParam("school") String school,
            @Parameter(description = CITY) @QueryParam("city") Long city) {
        return dashboard.figures(new DashboardFilter(year, circonscription, school, city));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every figure of the dashboard as CSV (UTF-8 with BOM, ';', long form)")
    @APIResponse(responseCode = "200", description = "The dashboard's figures as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportDashboardCsv(
            @Parameter(description = YEAR) @QueryParam("year") Integer year,
            @Parameter(description = CIRCONSCRIPTION) @QueryParam("circonscription") String circonscription,
            @Parameter(description = SCHOOL) @QueryParam("school") String school,
            @Parameter(description = CITY) @QueryParam("city") Long city) {
        return Attachment.of(dashboard.csv(new DashboardFilter(year, circonscription, school, city)), "text/csv; charset=UTF-8",
                "tableau-de-bord.csv");
    }

    @GET
    @Path("export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The dashboard as a PDF to print")
    @APIResponse(responseCode = "200", description = "The dashboard as PDF",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportDashboardPdf(
            @Parameter(description = YEAR) @QueryParam("year") Integer year,
            @Parameter(description = CIRCONSCRIPTION) @QueryParam("circonscription") String circonscription,
            @Parameter(description = SCHOOL) @QueryParam("school") String school,
            @Parameter(description = CITY) @QueryParam("city") Long city) {
        return Attachment.of(dashboard.pdf(new DashboardFilter(year, circonscription, school, city)), "application/pdf",
                "tableau-de-bord.pdf");
    }

    @GET
    @Path("equipment-training")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Equipment in service against teachers trained on it, per equipment type and circonscription "
            + "or school (same readers and filters as the figures)",
            description = "inService: items in service; teachers: active teachers of the schools holding the type; "
                    + "trained: those of them present at a session of an offer tagged with the type. Aggregates "
                    + "only; per type, lines of fewer than minGroup teachers are merged into one line with an empty "
                    + "code, whose trained count is left out (null) while it is still that small.")
    public EquipmentTrainingFigures getEquipmentTrainingFigures(
            @Parameter(description = YEAR) @QueryParam("year") Integer year,
            @Parameter(description = CIRCONSCRIPTION) @QueryParam("circonscription") String circonscription,
            @Parameter(description = SCHOOL) @QueryParam("school") String school,
            @Parameter(description = CITY) @QueryParam("city") Long city) {
        return dashboard.equipmentTraining(new DashboardFilter(year, circonscription, school, city));
    }

    @GET
    @Path("equipped-untrained")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schools equipped but not trained (inspectors: their circonscription; admins: all)",
            description = "A school is listed for a type of equipment it holds in service when fewer than "
                    + EquippedUntrained.TRAINED_SHARE_PERCENT + " % of its teachers (none included) were present at "
                    + "a session of an offer teaching that type; offers: the published offers teaching it whose "
                    + "enrolment is open and that have a session to come.")
    public List<UntrainedSchool> listEquippedUntrainedSchools() {
        return untrained.schools();
    }

    @GET
    @Path("equipped-untrained.csv")
    @Produces("text/csv")
    @Operation(summary = "The schools equipped but not trained as CSV (UTF-8 with BOM, ';')")
    @APIResponse(responseCode = "200", description = "The schools equipped but not trained as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportEquippedUntrainedCsv() {
        return Attachment.of(untrained.csv(), "text/csv; charset=UTF-8", "ecoles-equipees-non-formees.csv");
    }

    @POST
    @Path("equipment-arrivals-digest")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run the equipment arrivals' digest now (the timer runs it every morning at 07:45, Paris "
            + "time): the inspectors of schools where equipment entered service the day before get one mail a day "
            + "with the offers to propose (administrators)")
    public ArrivalDigestRun runArrivalDigest() {
        return arrivals.runNow();
    }

    @GET
    @Path("satisfaction")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Teachers' satisfaction with resolved requests per month and category, and requests spared",
            description = "Same filters as the figures. A rating counts in the month it was given (Paris time); a request "
                    + "spared is one a knowledge-base answer solved before it was sent.")
    public SatisfactionFigures getSatisfactionFigures(
            @Parameter(description = YEAR) @QueryParam("year") Integer year,
            @Parameter(description = CIRCONSCRIPTION) @QueryParam("circonscription") String circonscription,
            @Parameter(description = SCHOOL) @QueryParam("school") String school,
            @Parameter(description = CITY) @QueryParam("city") Long city) {
        return dashboard.satisfaction(new DashboardFilter(year, circonscription, school, city));
    }

    @GET
    @Path("satisfaction.csv")
    @Produces("text/csv")
    @Operation(summary = "The satisfaction figures as CSV (UTF-8 with BOM, ';')")
    @APIResponse(responseCode = "200", description = "The satisfaction figures as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportSatisfactionCsv(
            @Parameter(description = YEAR) @QueryParam("year") Integer year,
            @Parameter(description = CIRCONSCRIPTION) @QueryParam("circonscription") String circonscription,
            @Parameter(description = SCHOOL) @QueryParam("school") String school,
            @Parameter(description = CITY) @QueryParam("city") Long city) {
        return Attachment.of(dashboard.satisfactionCsv(new DashboardFilter(year, circonscription, school, city)),
                "text/csv; charset=UTF-8", "satisfaction.csv");
    }

    @GET
    @Path("year-in-review")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A school year in review beside the year before (city staff, councillor, admins, inspectors)",
            description = "Inspectors see their circonscription. Equipment delivered per type (purchase date), money "
                    + "spent and granted (left out for inspectors), training hours as aggregates (privacy minimum), licence seats, requests and service levels.")
    public YearInReview getYearInReview(
            @Parameter(description = YEAR) @QueryParam("year") Integer year,
            @Parameter(description = CITY) @QueryParam("city") Long city) {
        return dashboard.yearInReview(year, city);
    }

    @GET
    @Path("year-in-review.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The year in review as a PDF for the steering committee")
    @APIResponse(responseCode = "200", description = "The year in review as PDF",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportYearInReviewPdf(
            @Parameter(description = YEAR) @QueryParam("year") Integer year,
            @Parameter(description = CITY) @QueryParam("city") Long city,
            @Parameter(description = "The language of the PDF: fr (absent) or en",
                    schema = @Schema(enumeration = {"fr", "en"})) @QueryParam("lang") String lang) {
        Language language = lang == null || lang.isBlank() ? Language.FRENCH : Language.of(lang.strip());
        return Attachment.of(dashboard.yearInReviewPdf(year, city, language), "application/pdf",
                language == Language.ENGLISH ? "year-in-review.pdf" : "bilan-annuel.pdf");
    }
}
