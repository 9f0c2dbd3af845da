package fr.tandem.training.api;

import fr.tandem.platform.api.RequestBody;
import fr.tandem.training.boundary.CheckIns;
import fr.tandem.training.boundary.TrainerSessions;
import fr.tandem.training.model.CheckInCode;
import fr.tandem.training.model.SessionToRun;
import fr.tandem.training.model.SessionsToRun;
import fr.tandem.training.model.TrainerEnrolment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A trainer's sessions over HTTP: the sessions they run with their teachers, attendance, the code
 * of the self check-in to show; and a teacher's self check-in with that code.
 */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainerSessionResource {

    @EJB
    TrainerSessions trainerSessions;

    @EJB
    CheckIns checkIns;

    @GET
    @Path("sessions-to-run")
    @Operation(summary = "The sessions I run as a trainer: upcoming (soonest first) and past (a year back, latest first)")
    public SessionsToRun listSessionsToRun() {
        return trainerSessions.mine();
    }

    @GET
    @Path("sessions-to-run/{id}")
    @Operation(summary = "One session I run, with its teachers, their attendance and self check-ins",
            description = "A session the caller does not run answers 404.")
    public SessionToRun getSessionToRun(@PathParam("id") long sessionId) {
        return trainerSessions.session(sessionId);
    }

    @PUT
    @Path("sessions-to-run/{id}/attendance/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "As the session's trainer, mark a seated teacher PRESENT, ABSENT or EXCUSED (from the day of the session)")
    public SessionToRun recordTrainerAttendance(
            @PathParam("id") long sessionId,
            @Parameter(description = "The teacher's username") @PathParam("username") String username,
            SessionResource.AttendanceMark mark) {
        return trainerSessions.recordAttendance(sessionId, username, RequestBody.required(mark).attendance());
    }

    @GET
    @Path("sessions-to-run/{id}/check-in-code")
    @Operation(summary = "The self check-in code of this minute, its address and QR code (SVG), while the check-in is open",
            description = "Open from training.checkin.minutesBefore minutes (15 by default) before the start to the end.")
    public CheckInCode getCheckInCode(@PathParam("id") long sessionId) {
        return trainerSessions.checkInCode(sessionId);
    }

    /** Body of a self check-in: the code the trainer shows. */
    @Schema(description = "A teacher's self check-in.")
    public record CheckInRequest(@Schema(required = true, description = "The code the trainer shows") String code) {
    }

    @POST
    @Path("sessions/{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check myself in (marked present) with the code my trainer shows",
            description = "Refused (400) outside the window, for a cancelled session, with a wrong or expired code, "
                    + "or without a confirmed seat in the session.")
    public TrainerEnrolment checkInToSession(@PathParam("id") long sessionId, CheckInRequest request) {
        return checkIns.checkIn(sessionId, RequestBody.required(request).code());
    }
}
