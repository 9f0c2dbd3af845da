package fr.tandem.training.api;

import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.training.Attendance;
import fr.tandem.training.OfferDetails;
import fr.tandem.training.SessionDetails;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.boundary.EnrolmentSummary;
import fr.tandem.training.boundary.HoursSummary;
import fr.tandem.training.boundary.OfferSummary;
import fr.tandem.training.boundary.SessionSummary;
import fr.tandem.training.boundary.SchoolHolidays;
import fr.tandem.training.boundary.TrainingOffers;
import fr.tandem.training.calendar.SchoolHolidayPeriod;
import fr.tandem.platform.RuleViolation;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import jakarta.ejb.EJB;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Training over HTTP: inspectors' offers and sessions, teachers' catalogue and bookings. */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingResource {

    @EJB
    TrainingOffers offers;

    @EJB
    Bookings bookings;

    @EJB
    SchoolHolidays holidays;

    @GET
    @Path("offers")
    @Operation(summary = "The offers of my circonscription with their sessions (inspectors, admins)")
    public List<OfferSummary> offers() {
        return offers.offers();
    }

    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft offer (inspectors); minutesCredited may be any length from 15 minutes")
    public Response createOffer(OfferDetails details, @Context UriInfo uri) {
        OfferSummary created = offers.createOffer(RequestBody.required(details));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("offers/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a session (instants in ISO-8601, e.g. 2027-01-13T08:00:00Z)")
    public Response addSession(@PathParam("id") long offerId, SessionDetails details, @Context UriInfo uri) {
        SessionSummary created = offers.addSession(offerId, RequestBody.required(details));
        return Response.created(uri.getBaseUriBuilder().path("training/sessions")
                .path(String.valueOf(created.sessionId())).build()).entity(created).build();
    }

    @POST
    @Path("offers/{id}/publication")
    @Operation(summary = "Publish an offer: teachers may book it during its enrolment window")
    public OfferSummary publish(@PathParam("id") long offerId) {
        return offers.publish(offerId);
    }

    @GET
    @Path("hours.csv")
    @Produces("text/csv")
    @Operation(summary = "Hours due, done and remaining of every teacher of my circonscription this school year (CSV)")
    public Response circonscriptionHours() {
        return Attachment.of(offers.circonscriptionHoursCsv(), "text/csv; charset=UTF-8", "heures-circonscription.csv");
    }

    @POST
    @Path("sessions/{id}/cancellation")
    @Operation(summary = "Cancel a session: every enrolled or waiting teacher is told (METHOD:CANCEL for seated ones)")
    public SessionSummary cancelSession(@PathParam("id") long sessionId) {
        return offers.cancelSession(sessionId);
    }

    @GET
    @Path("sessions/{id}/enrolments")
    @Operation(summary = "Who enrolled in a session: seats, then the waiting line in order")
    public List<EnrolmentSummary> enrolments(@PathParam("id") long sessionId) {
        return offers.enrolments(sessionId);
    }

    /** Body of an attendance mark. */
    public record AttendanceMark(Attendance attendance) {
    }

    @PUT
    @Path("sessions/{id}/attendance/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an enrolled teacher PRESENT, ABSENT or EXCUSED (from the day of the session); hours follow")
    public EnrolmentSummary recordAttendance(@PathParam("id") long sessionId, @PathParam("username") String username,
                                             AttendanceMark mark) {
        return offers.recordAttendance(sessionId, username, RequestBody.required(mark).attendance());
    }

    @GET
    @Path("my-hours")
    @Operation(summary = "My training hours this school year: due (18 h pro rata), done (from attendance), remaining")
    public HoursSummary myHours() {
        return bookings.myHours();
    }

    @GET
    @Path("sessions/{id}/enrolments.csv")
    @Produces("text/csv")
    @Operation(summary = "The enrolment list as CSV for a spreadsheet (UTF-8 with BOM, ';', every line)")
    public Response enrolmentsCsv(@PathParam("id") long sessionId) {
        return Attachment.of(offers.enrolmentsCsv(sessionId), "text/csv; charset=UTF-8",
                "inscrits-session-" + sessionId + ".csv");
    }

    @GET
    @Path("sessions/{id}/attendance-sheet.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The feuille d'émargement to print (PDF)")
    public Response attendanceSheet(@PathParam("id") long sessionId) {
        return Attachment.of(offers.attendanceSheet(sessionId), "application/pdf",
                "emargement-session-" + sessionId + ".pdf");
    }

    @GET
    @Path("my-attestation.pdf")
    @Produces("application/pdf")
    @Operation(summary = "My attestation of training for this school year (PDF)")
    public Response myAttestation() {
        return Attachment.of(bookings.myAttestation(), "application/pdf", "attestation-formation.pdf");
    }

    @POST
    @Path("school-holidays")
    @Consumes({"text/csv", "text/calendar", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the ministry's school-holiday calendar (CSV or iCalendar) for a zone; replaces it",
            description = "zone defaults to 'Zone C' (académie de Montpellier). Sessions in the holidays are then flagged.")
    public List<SchoolHolidayPeriod> importSchoolHolidays(@QueryParam("zone") String zone, InputStream body)
            throws IOException {
        byte[] content = body.readNBytes(10 * 1024 * 1024 + 1);
        if (content.length == 0) {
            throw new RuleViolation("api.body.required");
        }
        if (content.length > 10 * 1024 * 1024) {
            throw new RuleViolation("api.file.tooLarge", 10);
        }
        return holidays.importFile(content, zone);
    }

    @GET
    @Path("school-holidays")
    @Operation(summary = "The school-holiday periods sessions are checked against")
    public List<SchoolHolidayPeriod> schoolHolidays() {
        return holidays.calendar().periods();
    }

    @GET
    @Path("catalogue")
    @Operation(summary = "Upcoming sessions I may book (teachers), with seats left and my standing")
    public List<SessionSummary> catalogue() {
        return bookings.catalogue();
    }

    @GET
    @Path("my-bookings")
    @Operation(summary = "My bookings and waiting-line places (teachers)")
    public List<SessionSummary> mine() {
        return bookings.mine();
    }

    @PUT
    @Path("sessions/{id}/booking")
    @Operation(summary = "Book a session: a seat, or a place in the waiting line when it is full")
    public SessionSummary book(@PathParam("id") long sessionId) {
        return bookings.book(sessionId);
    }

    @DELETE
    @Path("sessions/{id}/booking")
    @Operation(summary = "Cancel my booking; a freed seat goes to the first in the waiting line")
    public SessionSummary cancel(@PathParam("id") long sessionId) {
        return bookings.cancel(sessionId);
    }
}
