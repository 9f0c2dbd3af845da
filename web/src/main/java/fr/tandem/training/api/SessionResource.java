package fr.tandem.training.api;

import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.training.Attendance;
import fr.tandem.training.RefusalReason;
import fr.tandem.training.SessionDetails;
import fr.tandem.training.boundary.Enrolments;
import fr.tandem.training.boundary.TrainingOffers;
import fr.tandem.training.model.DesignationReport;
import fr.tandem.training.model.EnrolmentSummary;
import fr.tandem.training.model.SessionSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sessions of an offer over HTTP, and who enrolled in them: added, changed, cancelled; requests
 * decided, a target public designated, attendance marked; the enrolment lists and the feuille
 * d'émargement.
 */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class SessionResource {

    @EJB
    TrainingOffers offers;

    @EJB
    Enrolments enrolments;

    @POST
    @Path("offers/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a session (instants in ISO-8601, e.g. 2027-01-13T08:00:00Z; trainers as usernames)",
            description = "The reply carries the warnings: publicHoliday, schoolHoliday, trainerClash.")
    @APIResponse(responseCode = "201", description = "The new session, with its warnings",
            headers = @Header(name = "Location", description = "The address of the new session",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionSummary.class)))
    public Response addOfferSession(@PathParam("id") long offerId, SessionDetails details, @Context UriInfo uri) {
        SessionSummary created = offers.addSession(offerId, RequestBody.required(details));
        return Response.created(uri.getBaseUriBuilder().path("training/sessions")
                .path(String.valueOf(created.sessionId())).build()).entity(created).build();
    }

    @PUT
    @Path("sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a session; when its day, times or place change, enrolled teachers get the updated invitation")
    public SessionSummary updateSession(@PathParam("id") long sessionId, SessionDetails details) {
        return offers.updateSession(sessionId, RequestBody.required(details));
    }

    @POST
    @Path("sessions/{id}/cancellation")
    @Operation(summary = "Cancel a session: every enrolled or waiting teacher is told (METHOD:CANCEL for seated ones)")
    public SessionSummary cancelSession(@PathParam("id") long sessionId) {
        return offers.cancelSession(sessionId);
    }

    @GET
    @Path("sessions/{id}/enrolments")
    @Operation(summary = "Who enrolled in a session: seats, the waiting line in order, then requests to validate")
    public List<EnrolmentSummary> listSessionEnrolments(@PathParam("id") long sessionId) {
        return enrolments.enrolments(sessionId);
    }

    /** Body of a decision on a request: a refusal names its reason (and a note, required for OTHER). */
    @Schema(description = "The inspector's decision on a request waiting for validation.")
    public record EnrolmentDecision(
            @Schema(description = "true to accept; false or absent to refuse") Boolean accept,
            @Schema(description = "Why the request is refused (required for a refusal)") RefusalReason reason,
            @Schema(description = "A note to the teacher (required with the reason OTHER)") String note) {
    }

    @PUT
    @Path("sessions/{id}/requests/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept ({\"accept\":true}) or refuse a request waiting for validation; the teacher is told",
            description = "A refusal names its reason: PRIORITY_PUBLIC_FIRST, OUTSIDE_TARGET_PUBLIC, SERVICE_NEEDS, "
                    + "ALREADY_TRAINED, SESSION_FULL or OTHER (with a note saying which); the note is optional otherwise.")
    public EnrolmentSummary decideEnrolmentRequest(
            @PathParam("id") long sessionId,
            @Parameter(description = "The teacher's username") @PathParam("username") String username,
            EnrolmentDecision decision) {
        EnrolmentDecision given = RequestBody.required(decision);
        return enrolments.decide(sessionId, username, Boolean.TRUE.equals(given.accept()), given.reason(),
                given.note());
    }

    @POST
    @Path("sessions/{id}/designation")
    @Operation(summary = "Designate the whole target public of an obligatoire offer to this session, in one action",
            description = "Teachers already seated in a session of the offer are left as they are; those with another "
                    + "session at the same time are named and left out; if seats are too few, nobody is designated.")
    public DesignationReport designateTargetPublic(@PathParam("id") long sessionId) {
        return enrolments.designate(sessionId);
    }

    /** Body of an attendance mark (also the trainer's, in {@link TrainerSessionResource}). */
    @Schema(description = "An attendance mark of a seated teacher.")
    public record AttendanceMark(@Schema(required = true) Attendance attendance) {
    }

    @PUT
    @Path("sessions/{id}/attendance/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an enrolled teacher PRESENT, ABSENT or EXCUSED (from the day of the session); hours follow")
    public EnrolmentSummary recordEnrolmentAttendance(
            @PathParam("id") long sessionId,
            @Parameter(description = "The teacher's username") @PathParam("username") String username,
            AttendanceMark mark) {
        return enrolments.recordAttendance(sessionId, username, RequestBody.required(mark).attendance());
    }

    @GET
    @Path("sessions/{id}/enrolments.csv")
    @Produces("text/csv")
    @Operation(summary = "The enrolment list as CSV for a spreadsheet (UTF-8 with BOM, ';', every line)")
    @APIResponse(responseCode = "200", description = "The enrolment list as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportEnrolmentsCsv(@PathParam("id") long sessionId) {
        return Attachment.of(enrolments.enrolmentsCsv(sessionId), "text/csv; charset=UTF-8",
                "inscrits-session-" + sessionId + ".csv");
    }

    @GET
    @Path("sessions/{id}/enrolments.xlsx")
    @Produces(ExcelExport.MEDIA_TYPE)
    @Operation(summary = "The enrolment list as an Excel workbook")
    @APIResponse(responseCode = "200", description = "The enrolment list as an Excel workbook",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ExcelExport.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportEnrolmentsXlsx(@PathParam("id") long sessionId) {
        return Attachment.of(enrolments.enrolmentsXlsx(sessionId), ExcelExport.MEDIA_TYPE,
                "inscrits-session-" + sessionId + ".xlsx");
    }

    @GET
    @Path("sessions/{id}/attendance-sheet.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The feuille d'émargement to print (PDF)")
    @APIResponse(responseCode = "200", description = "The feuille d'émargement as PDF",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadAttendanceSheet(@PathParam("id") long sessionId) {
        return Attachment.of(enrolments.attendanceSheet(sessionId), "application/pdf",
                "emargement-session-" + sessionId + ".pdf");
    }
}
