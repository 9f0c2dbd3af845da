package fr.tandem.equipment.api;

import fr.tandem.equipment.boundary.Loans;
import fr.tandem.equipment.model.CheckInForm;
import fr.tandem.equipment.model.KitCalendar;
import fr.tandem.equipment.model.KitForm;
import fr.tandem.equipment.model.KitSummary;
import fr.tandem.equipment.model.LoanDesk;
import fr.tandem.equipment.model.PoolForm;
import fr.tandem.equipment.model.PoolSummary;
import fr.tandem.equipment.model.ReservationForm;
import fr.tandem.equipment.model.ReservationSummary;
import fr.tandem.equipment.model.SchoolLoans;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.QueryParameters;
import fr.tandem.platform.api.RequestBody;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Loans of shared kits over HTTP: pools, kits, their calendar, reservations and their steps, the desk. */
@Path("loans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loans")
public class LoanResource {

    /** The largest photo of a returned kit, in megabytes. */
    private static final int MAX_PHOTO_MEGABYTES = 5;

    @EJB
    Loans loans;

    @Context
    UriInfo uri;

    @GET
    @Path("pools")
    @Operation(summary = "The loan pools the caller sees (the city's, and their school's)")
    public List<PoolSummary> listLoanPools() {
        return loans.pools();
    }

    @POST
    @Path("pools")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a pool (city staff; a head teacher: their school's); 201 with its Location")
    @APIResponse(responseCode = "201", description = "The pool created",
            headers = @Header(name = "Location", description = "The address of the new pool (it answers PUT)",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PoolSummary.class)))
    public Response createLoanPool(PoolForm form) {
        PoolSummary created = loans.createPool(RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("pools/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a pool's name and rule (its managers)")
    public PoolSummary updateLoanPool(@PathParam("id") long id, PoolForm form) {
        return loans.updatePool(id, RequestBody.required(form));
    }

    @GET
    @Path("kits")
    @Operation(summary = "The kits the caller may reserve or manage")
    public List<KitSummary> listLoanKits() {
        return loans.kits();
    }

    @POST
    @Path("kits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a kit in a pool one manages; 201 with its Location")
    @APIResponse(responseCode = "201", description = "The kit created",
            headers = @Header(name = "Location", description = "The address of the new kit",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = KitSummary.class)))
    public Response createLoanKit(KitForm form) {
        KitSummary created = loans.createKit(RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("kits/{id}")
    @Operation(summary = "One kit")
    public KitSummary getLoanKit(@PathParam("id") long id) {
        return loans.kit(id);
    }

    @PUT
    @Path("kits/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a kit (its pool's managers)")
    public KitSummary updateLoanKit(@PathParam("id") long id, KitForm form) {
        return loans.updateKit(id, RequestBody.required(form));
    }

    @GET
    @Path("kits/{id}/reservations")
    @Operation(summary = "A kit's reservations from today on (requesters named for managers only)")
    public List<ReservationSummary> listKitReservations(@PathParam("id") long id) {
        return loans.reservations(id);
    }

    @GET
    @Path("kits/{id}/calendar")
    @Operation(summary = "A kit's availability: reserved periods, school holidays, public holidays",
            description = "Without days: this month and the next two; at most 400 days.")
    public KitCalendar getKitCalendar(@PathParam("id") long id,
                                      @Parameter(description = "The first day (Paris), ISO-8601",
                                              example = "2027-01-01",
                                              schema = @Schema(type = SchemaType.STRING, format = "date"))
                                      @QueryParam("from") String from,
                                      @Parameter(description = "The last day (Paris), ISO-8601", example = "2027-03-31",
                                              schema = @Schema(type = SchemaType.STRING, format = "date"))
                                      @QueryParam("to") String to) {
        return loans.calendar(id, QueryParameters.day(from, "replacements.day"), QueryParameters.day(to, "replacements.day"));
    }

    @POST
    @Path("reservations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reserve a kit for one's school (teachers, head teachers); 201 with its Location",
            description = "Both days included. 400 when it starts in the past, ends before it starts or lasts "
                    + "beyond the pool's maximum; 409 when another live reservation holds the kit on one of "
                    + "these days.")
    @APIResponse(responseCode = "201", description = "The reservation, requested or approved by the pool's rule",
            headers = @Header(name = "Location", description = "The address of the new reservation",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReservationSummary.class)))
    public Response reserveKit(ReservationForm form) {
        ReservationSummary created = loans.reserve(RequestBody.required(form));
        return Response.created(uri.getBaseUriBuilder().path("loans/reservations/" + created.id()).build())
                .entity(created).build();
    }

    @GET
    @Path("reservations/mine")
    @Operation(summary = "The caller's reservations, newest first")
    public List<ReservationSummary> listMyKitReservations() {
        return loans.mine();
    }

    @GET
    @Path("reservations/{id}")
    @Operation(summary = "One reservation (its requester, its pool's managers)")
    public ReservationSummary getKitReservation(@PathParam("id") long id) {
        return loans.reservation(id);
    }

    @POST
    @Path("reservations/{id}/cancellation")
    @Operation(summary = "Cancel one's reservation before check-out")
    public ReservationSummary cancelKitReservation(@PathParam("id") long id) {
        return loans.cancel(id);
    }

    @POST
    @Path("reservations/{id}/approval")
    @Operation(summary = "Approve a requested reservation (the pool's managers); the requester is mailed")
    public ReservationSummary approveKitReservation(@PathParam("id") long id) {
        return loans.approve(id);
    }

    @POST
    @Path("reservations/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse a requested reservation with a reason; the requester is mailed")
    public ReservationSummary refuseKitReservation(@PathParam("id") long id, Refusal refusal) {
        return loans.refuse(id, RequestBody.required(refusal).reason());
    }

    /** A refusal as a client sends it. */
    @Schema(description = "Why a reservation is refused; the requester reads it.")
    public record Refusal(@Schema(required = true) String reason) {
    }

    @POST
    @Path("reservations/{id}/check-out")
    @Operation(summary = "Hand an approved kit over (the pool's managers)")
    public ReservationSummary checkOutKit(@PathParam("id") long id) {
        return loans.checkOut(id);
    }

    @POST
    @Path("reservations/{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a kit back (the pool's managers)",
            description = "Damage or missing parts with openRequest open the borrower's request to the city on "
                    + "the kit's first item. The photo is sent apart: PUT …/photo.")
    public ReservationSummary checkInKit(@PathParam("id") long id, CheckInForm form) {
        return loans.checkIn(id, RequestBody.required(form), null);
    }

    @PUT
    @Path("reservations/{id}/photo")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "The photo of a returned kit (JPEG or PNG by its content, 5 MB at most; replaces one)")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
            description = "The photo, JPEG or PNG, 5 MB at most", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public ReservationSummary attachKitReturnPhoto(@PathParam("id") long id, InputStream body) throws IOException {
        return loans.attachPhoto(id, RequestBody.file(body, MAX_PHOTO_MEGABYTES));
    }

    @GET
    @Path("reservations/{id}/photo")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "The photo of a returned kit")
    @APIResponse(responseCode = "200", description = "The photo",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"retour-{id}.jpg\" (.png for a PNG)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response downloadKitReturnPhoto(@PathParam("id") long id) {
        return Attachment.of(loans.photo(id), loans.photoType(id), "retour-" + id
                + ("image/png".equals(loans.photoType(id)) ? ".png" : ".jpg"));
    }

    @GET
    @Path("desk")
    @Operation(summary = "The managers' desk: to approve, to hand over, to take back, late")
    public LoanDesk getLoanDesk() {
        return loans.desk();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every reservation of the pools one manages, as CSV (UTF-8 with a BOM, ';')")
    @APIResponse(responseCode = "200", description = "The reservations as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"prets.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportLoansCsv() {
        return Attachment.of(loans.exportCsv(), "text/csv; charset=UTF-8", "prets.csv");
    }

    @POST
    @Path("late-reminders")
    @Operation(summary = "Run the late-return reminders now (city staff; the daily timer runs them at 8:00 Paris)")
    public Reminded remindLateLoans() {
        return new Reminded(loans.remindLate());
    }

    /** How many borrowers a pass reminded. */
    @Schema(description = "What a pass of late-return reminders did.")
    public record Reminded(@Schema(required = true, description = "How many borrowers were reminded") int reminded) {
    }

    @GET
    @Path("schools/{uai}")
    @Operation(summary = "A school's loans: current and next (city staff, its head teacher, inspectors)")
    public SchoolLoans getSchoolLoans(
            @Parameter(description = "The school's UAI", example = "0341234X") @PathParam("uai") String uai) {
        return loans.ofSchool(uai);
    }
}
