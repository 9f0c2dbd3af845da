package fr.tandem.training.api;

import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.boundary.CirconscriptionHours;
import fr.tandem.training.boundary.HoursRules;
import fr.tandem.training.model.CirconscriptionHoursRules;
import fr.tandem.training.model.HoursSummary;
import fr.tandem.training.model.TeacherHours;
import fr.tandem.training.model.TrainingYearSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
 * Training hours over HTTP: the hours of every teacher of an inspector's circonscription, with
 * their exports and attestations; a teacher's own hours, attestation and follow-up sheet; the
 * circonscription's settings of the hours (hours due, signatory, address).
 */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class HoursResource {

    private static final String YEAR = "The school year by its starting year (2025: the year starting in September "
            + "2025); absent: the current one";
    private static final String CIRCONSCRIPTION = "A circonscription's code, for admins (inspectors: their own)";

    @EJB
    CirconscriptionHours hours;

    @EJB
    Bookings bookings;

    @EJB
    HoursRules rules;

    @GET
    @Path("hours")
    @Operation(summary = "Hours due, done and remaining of every teacher of my circonscription today, this school "
            + "year or a past one (inspectors)")
    public List<TeacherHours> listCirconscriptionHours(
            @Parameter(description = YEAR) @QueryParam("year") Integer year) {
        return hours.teachers(year);
    }

    @GET
    @Path("hours.csv")
    @Produces("text/csv")
    @Operation(summary = "The same as CSV (UTF-8 with BOM, ';', every teacher)")
    @APIResponse(responseCode = "200", description = "The teachers' hours as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportCirconscriptionHoursCsv(@Parameter(description = YEAR) @QueryParam("year") Integer year) {
        return Attachment.of(hours.csv(year), "text/csv; charset=UTF-8", "heures-circonscription.csv");
    }

    @GET
    @Path("hours.xlsx")
    @Produces(ExcelExport.MEDIA_TYPE)
    @Operation(summary = "The same as an Excel workbook (hours as numbers)")
    @APIResponse(responseCode = "200", description = "The teachers' hours as an Excel workbook",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ExcelExport.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportCirconscriptionHoursXlsx(@Parameter(description = YEAR) @QueryParam("year") Integer year) {
        return Attachment.of(hours.xlsx(year), ExcelExport.MEDIA_TYPE, "heures-circonscription.xlsx");
    }

    @GET
    @Path("hours/{username}/attestation.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The attestation of training of a teacher of my circonscription for a school year (PDF)",
            description = "Issued by the circonscription's inspector with its address, each session attended and the "
                    + "total against the hours due; recorded with a verification code and a QR code of the public check "
                    + "page. 400 attestation.noHours when no hour counts that year.")
    @APIResponse(responseCode = "200", description = "The attestation as PDF",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadTeacherAttestation(
            @Parameter(description = "The teacher's username") @PathParam("username") String username,
            @Parameter(description = YEAR) @QueryParam("year") Integer year) {
        return Attachment.of(hours.attestation(username, year), "application/pdf", "attestation-" + username + ".pdf");
    }

    @GET
    @Path("hours/{username}/years")
    @Operation(summary = "The school years of a teacher of my circonscription: quotité, hours due and done of each, "
            + "whatever school they were in (inspectors)")
    public List<TrainingYearSummary> listTeacherYears(
            @Parameter(description = "The teacher's username") @PathParam("username") String username) {
        return hours.teacherYears(username);
    }

    @GET
    @Path("my-hours")
    @Operation(summary = "My training hours this school year or a past one: due (18 h pro rata of that "
            + "year's quotité, or the circonscription's table: dueSource PRORATA, PRORATA_FALLBACK, TABLE, FROZEN), "
            + "done (from attendance), remaining, split")
    public HoursSummary getMyHours(@Parameter(description = YEAR) @QueryParam("year") Integer year) {
        return bookings.myHours(year);
    }

    @GET
    @Path("my-years")
    @Operation(summary = "My school years, the current one first: quotité, hours due and done, school, closed or not")
    public List<TrainingYearSummary> listMyYears() {
        return bookings.myYears();
    }

    @GET
    @Path("my-attestation.pdf")
    @Produces("application/pdf")
    @Operation(summary = "My attestation of training for this school year (PDF), recorded with its verification code "
            + "and QR code; 400 attestation.noHours when no hour counts yet")
    @APIResponse(responseCode = "200", description = "The attestation as PDF",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadMyAttestation() {
        return Attachment.of(bookings.myAttestation(), "application/pdf", "attestation-formation.pdf");
    }

    @GET
    @Path("my-follow-up.pdf")
    @Produces("application/pdf")
    @Operation(summary = "My follow-up sheet of the 18 hours (fiche de suivi) to print (PDF)")
    @APIResponse(responseCode = "200", description = "The follow-up sheet as PDF",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadMyFollowUpSheet() {
        return Attachment.of(bookings.myFollowUpSheet(), "application/pdf", "fiche-de-suivi.pdf");
    }

    @GET
    @Path("hours-rules")
    @Operation(summary = "The settings of the training hours of my circonscription (admins: any): hours due pro rata or by the circonscription's table, who signs the attestations, its address")
    public CirconscriptionHoursRules getHoursRules(
            @Parameter(description = CIRCONSCRIPTION)
            @QueryParam("circonscription") String circonscription) {
        return rules.rules(circonscription);
    }

    @PUT
    @Path("hours-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the settings of the training hours of my circonscription (admins: any)",
            description = "The teachers' hours due, tables, exports and year closing follow at once.")
    public CirconscriptionHoursRules updateHoursRules(
            @Parameter(description = CIRCONSCRIPTION)
            @QueryParam("circonscription") String circonscription,
            CirconscriptionHoursRules change) {
        return rules.change(circonscription, RequestBody.required(change));
    }
}
