package fr.tandem.training.api;

import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.QueryParameters;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.training.Attendance;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferDetails;
import fr.tandem.training.SessionDetails;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.boundary.CirconscriptionHours;
import fr.tandem.training.boundary.Enrolments;
import fr.tandem.training.boundary.SchoolHolidays;
import fr.tandem.training.boundary.TrainingOffers;
import fr.tandem.training.calendar.SchoolHolidayPeriod;
import fr.tandem.training.model.CataloguePage;
import fr.tandem.training.model.CatalogueQuery;
import fr.tandem.training.model.DesignationReport;
import fr.tandem.training.model.EnrolmentSummary;
import fr.tandem.training.model.HoursSummary;
import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import fr.tandem.training.model.TeacherHours;
import fr.tandem.training.model.TrainerChoice;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Training over HTTP: inspectors' offers, sessions, enrolments and hours follow-up; teachers'
 * catalogue, bookings and hours.
 */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingResource {


    @EJB
    TrainingOffers offers;

    @EJB
    Enrolments enrolments;

    @EJB
    CirconscriptionHours hours;

    @EJB
    Bookings bookings;

    @EJB
    SchoolHolidays holidays;

    @GET
    @Path("offers")
    @Operation(summary = "The offers of my circonscription with their sessions and warnings (inspectors, admins)")
    public List<OfferSummary> offers() {
        return offers.offers();
    }

    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft offer (inspectors; admins name the circonscription by its code)",
            description = "minutesCredited may be any length from 15 minutes. nature: ANIMATION_PEDAGOGIQUE or "
                    + "FORMATION_CONTINUE. targetCycles (C1, C2, C3) and targetSchools (UAIs) narrow the public; "
                    + "with neither the offer is for the whole circonscription. needsValidation: requests wait for "
                    + "the inspector.")
    public Response createOffer(OfferDetails details, @QueryParam("circonscription") String circonscription,
                                @Context UriInfo uri) {
        OfferSummary created = offers.createOffer(RequestBody.required(details), circonscription);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("offers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an offer (its sessions keep their bookings)")
    public OfferSummary updateOffer(@PathParam("id") long offerId, OfferDetails details) {
        return offers.updateOffer(offerId, RequestBody.required(details));
    }

    @POST
    @Path("offers/{id}/publication")
    @Operation(summary = "Publish an offer: teachers may book it during its enrolment window")
    public OfferSummary publish(@PathParam("id") long offerId) {
        return offers.publish(offerId);
    }

    @POST
    @Path("offers/{id}/cancellation")
    @Operation(summary = "Cancel an offer and its sessions to come; every enrolled or waiting teacher is told")
    public OfferSummary cancelOffer(@PathParam("id") long offerId) {
        return offers.cancelOffer(offerId);
    }

    @POST
    @Path("offers/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a session (instants in ISO-8601, e.g. 2027-01-13T08:00:00Z; trainers as usernames)",
            description = "The reply carries the warnings: publicHoliday, schoolHoliday, trainerClash.")
    public Response addSession(@PathParam("id") long offerId, SessionDetails details, @Context UriInfo uri) {
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
    @Path("trainers")
    @Operation(summary = "Who may run sessions: the inspectorate accounts of my circonscription")
    public List<TrainerChoice> trainers() {
        return offers.trainerChoices();
    }

    @GET
    @Path("sessions/{id}/enrolments")
    @Operation(summary = "Who enrolled in a session: seats, the waiting line in order, then requests to validate")
    public List<EnrolmentSummary> enrolments(@PathParam("id") long sessionId) {
        return enrolments.enrolments(sessionId);
    }

    /** Body of a decision on a request. */
    public record Decision(Boolean accept) {
    }

    @PUT
    @Path("sessions/{id}/requests/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept ({\"accept\":true}) or refuse a request waiting for validation; the teacher is told")
    public EnrolmentSummary decide(@PathParam("id") long sessionId, @PathParam("username") String username,
                                   Decision decision) {
        return enrolments.decide(sessionId, username, Boolean.TRUE.equals(RequestBody.required(decision).accept()));
    }

    @POST
    @Path("sessions/{id}/designation")
    @Operation(summary = "Designate the whole target public of an obligatoire offer to this session, in one action",
            description = "Teachers already seated in a session of the offer are left as they are; those with another "
                    + "session at the same time are named and left out; if seats are too few, nobody is designated.")
    public DesignationReport designate(@PathParam("id") long sessionId) {
        return enrolments.designate(sessionId);
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
        return enrolments.recordAttendance(sessionId, username, RequestBody.required(mark).attendance());
    }

    @GET
    @Path("sessions/{id}/enrolments.csv")
    @Produces("text/csv")
    @Operation(summary = "The enrolment list as CSV for a spreadsheet (UTF-8 with BOM, ';', every line)")
    public Response enrolmentsCsv(@PathParam("id") long sessionId) {
        return Attachment.of(enrolments.enrolmentsCsv(sessionId), "text/csv; charset=UTF-8",
                "inscrits-session-" + sessionId + ".csv");
    }

    @GET
    @Path("sessions/{id}/enrolments.xlsx")
    @Produces(ExcelExport.MEDIA_TYPE)
    @Operation(summary = "The enrolment list as an Excel workbook")
    public Response enrolmentsXlsx(@PathParam("id") long sessionId) {
        return Attachment.of(enrolments.enrolmentsXlsx(sessionId), ExcelExport.MEDIA_TYPE,
                "inscrits-session-" + sessionId + ".xlsx");
    }

    @GET
    @Path("sessions/{id}/attendance-sheet.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The feuille d'émargement to print (PDF)")
    public Response attendanceSheet(@PathParam("id") long sessionId) {
        return Attachment.of(enrolments.attendanceSheet(sessionId), "application/pdf",
                "emargement-session-" + sessionId + ".pdf");
    }

    @GET
    @Path("hours")
    @Operation(summary = "Hours due, done and remaining of every teacher of my circonscription this school year (inspectors)")
    public List<TeacherHours> circonscriptionHours() {
        return hours.teachers();
    }

    @GET
    @Path("hours.csv")
    @Produces("text/csv")
    @Operation(summary = "The same as CSV (UTF-8 with BOM, ';', every teacher)")
    public Response circonscriptionHoursCsv() {
        return Attachment.of(hours.csv(), "text/csv; charset=UTF-8", "heures-circonscription.csv");
    }

    @GET
    @Path("hours.xlsx")
    @Produces(ExcelExport.MEDIA_TYPE)
    @Operation(summary = "The same as an Excel workbook (hours as numbers)")
    public Response circonscriptionHoursXlsx() {
        return Attachment.of(hours.xlsx(), ExcelExport.MEDIA_TYPE, "heures-circonscription.xlsx");
    }

    @GET
    @Path("hours/{username}/attestation.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The attestation of training of a teacher of my circonscription (PDF)")
    public Response attestation(@PathParam("username") String username) {
        return Attachment.of(hours.attestation(username), "application/pdf", "attestation-" + username + ".pdf");
    }

    @GET
    @Path("my-hours")
    @Operation(summary = "My training hours this school year: due (18 h pro rata), done (from attendance), remaining, split")
    public HoursSummary myHours() {
        return bookings.myHours();
    }

    @GET
    @Path("my-attestation.pdf")
    @Produces("application/pdf")
    @Operation(summary = "My attestation of training for this school year (PDF)")
    public Response myAttestation() {
        return Attachment.of(bookings.myAttestation(), "application/pdf", "attestation-formation.pdf");
    }

    @GET
    @Path("my-follow-up.pdf")
    @Produces("application/pdf")
    @Operation(summary = "My follow-up sheet of the 18 hours (fiche de suivi) to print (PDF)")
    public Response myFollowUpSheet() {
        return Attachment.of(bookings.myFollowUpSheet(), "application/pdf", "fiche-de-suivi.pdf");
    }

    @POST
    @Path("school-holidays")
    @Consumes({"text/csv", "text/calendar", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the ministry's school-holiday calendar (CSV or iCalendar) for a zone; replaces it (admins)",
            description = "zone defaults to 'Zone C' (académie de Montpellier). Sessions in the holidays are then flagged.")
    public List<SchoolHolidayPeriod> importSchoolHolidays(@QueryParam("zone") String zone, InputStream body)
            throws IOException {
        return holidays.importFile(RequestBody.file(body, SchoolHolidays.MAX_FILE_MEGABYTES), zone);
    }

    @GET
    @Path("school-holidays")
    @Operation(summary = "The school-holiday periods sessions are checked against")
    public List<SchoolHolidayPeriod> schoolHolidays() {
        return holidays.calendar().periods();
    }

    @GET
    @Path("catalogue")
    @Operation(summary = "One page of the upcoming sessions I may book (teachers), soonest first, with seats left "
            + "and my standing; filtered by words of the title, topic or place (q), category, and from a day on "
            + "(from, yyyy-mm-dd, Paris time); size at most " + CatalogueQuery.MAX_SIZE)
    public CataloguePage catalogue(@QueryParam("q") String words, @QueryParam("category") String category,
                                   @QueryParam("from") String from, @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        return bookings.catalogue(new CatalogueQuery(words,
                QueryParameters.choice(OfferCategory.class, category, "catalogue.category"),
                QueryParameters.day(from, "catalogue.date"), first, size));
    }

    @GET
    @Path("my-bookings")
    @Operation(summary = "My bookings, waiting-line places and requests waiting for validation (teachers)")
    public List<SessionSummary> mine() {
        return bookings.mine();
    }

    @PUT
    @Path("sessions/{id}/booking")
    @Operation(summary = "Book a session: a seat, a place in the waiting line when it is full, or a request when "
            + "the offer needs validation")
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
