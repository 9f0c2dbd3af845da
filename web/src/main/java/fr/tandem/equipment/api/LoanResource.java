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
    public List<PoolSummary> pools() {
        return loans.pools();
    }

    @POST
    @Path("pools")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a pool (city staff; a head teacher: their school's); 201 with its Location",
            description = "{\"name\":\"…\",\"schoolUai\":null for the city's,\"approval\":\"STAFF\"|\"AUTOMATIC\","
                    + "\"maxDays\":14,\"remindLate\":true}")
    public Response createPool(PoolForm form) {
        PoolSummary created = loans.createPool(RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("pools/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a pool's name and rule (its managers)")
    public PoolSummary updatePool(@PathParam("id") long id, PoolForm form) {
        return loans.updatePool(id, RequestBody.required(form));
    }

    @GET
    @Path("kits")
    @Operation(summary = "The kits the caller may reserve or manage")
    public List<KitSummary> kits() {
        return loans.kits();
    }

    @POST
    @Path("kits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a kit in a pool one manages; 201 with its Location",
            description = "{\"name\":\"…\",\"type\":\"MOBILE_TABLET_SET\",\"poolId\":1,\"serialNumbers\":[\"TAB-…\"],"
                    + "\"checklist\":\"16 tablettes\\n1 chariot\"}")
    public Response createKit(KitForm form) {
        KitSummary created = loans.createKit(RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("kits/{id}")
    @Operation(summary = "One kit")
    public KitSummary kit(@PathParam("id") long id) {
        return loans.kit(id);
    }

    @PUT
    @Path("kits/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a kit (its pool's managers)")
    public KitSummary updateKit(@PathParam("id") long id, KitForm form) {
        return loans.updateKit(id, RequestBody.required(form));
    }

    @GET
    @Path("kits/{id}/reservations")
    @Operation(summary = "A kit's reservations from today on (requesters named for managers only)")
    public List<ReservationSummary> reservations(@PathParam("id") long id) {
        return loans.reservations(id);
    }

    @GET
    @Path("kits/{id}/calendar")
    @Operation(summary = "A kit's availability: reserved periods, school holidays, public holidays",
            description = "from, to: ISO days (default: this month and the next two); at most 400 days.")
    public KitCalendar calendar(@PathParam("id") long id, @QueryParam("from") String from,
                                @QueryParam("to") String to) {
        return loans.calendar(id, QueryParameters.day(from, "replacements.day"), QueryParameters.day(to, "replacements.day"));
    }

    @POST
    @Path("reservations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reserve a kit for one's school (teachers, head teachers); 201 with its Location",
            description = "{\"kitId\":1,\"from\":\"2027-01-11\",\"to\":\"2027-01-15\",\"note\":\"…\"}; both days included. "
                    + "400 when it starts in the past, ends before it starts or lasts beyond the pool's maximum; "
                    + "409 when another live reservation holds the kit on one of these days.")
    public Response reserve(ReservationForm form) {
        ReservationSummary created = loans.reserve(RequestBody.required(form));
        return Response.created(uri.getBaseUriBuilder().path("loans/reservations/" + created.id()).build())
                .entity(created).build();
    }

    @GET
    @Path("reservations/mine")
    @Operation(summary = "The caller's reservations, newest first")
    public List<ReservationSummary> mine() {
        return loans.mine();
    }

    @GET
    @Path("reservations/{id}")
    @Operation(summary = "One reservation (its requester, its pool's managers)")
    public ReservationSummary reservation(@PathParam("id") long id) {
        return loans.reservation(id);
    }

    @POST
    @Path("reservations/{id}/cancellation")
    @Operation(summary = "Cancel one's reservation before check-out")
    public ReservationSummary cancel(@PathParam("id") long id) {
        return loans.cancel(id);
    }

    @POST
    @Path("reservations/{id}/approval")
    @Operation(summary = "Approve a requested reservation (the pool's managers); the requester is mailed")
    public ReservationSummary approve(@PathParam("id") long id) {
        return loans.approve(id);
    }

    @POST
    @Path("reservations/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse a requested reservation with a reason: {\"reason\":\"…\"}; the requester is mailed")
    public ReservationSummary refuse(@PathParam("id") long id, Refusal refusal) {
        return loans.refuse(id, RequestBody.required(refusal).reason());
    }

    /** A refusal as a client sends it. */
    public record Refusal(String reason) {
    }

    @POST
    @Path("reservations/{id}/check-out")
    @Operation(summary = "Hand an approved kit over (the pool's managers)")
    public ReservationSummary checkOut(@PathParam("id") long id) {
        return loans.checkOut(id);
    }

    @POST
    @Path("reservations/{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a kit back (the pool's managers)",
            description = "{\"condition\":\"GOOD\"|\"WORN\"|\"DAMAGED\",\"missingParts\":[parts of the checklist],"
                    + "\"note\":\"…\",\"openRequest\":true}; damage or missing parts with openRequest open the "
                    + "borrower's request to the city on the kit's first item. The photo is sent apart: PUT …/photo.")
    public ReservationSummary checkIn(@PathParam("id") long id, CheckInForm form) {
        return loans.checkIn(id, RequestBody.required(form), null);
    }

    @PUT
    @Path("reservations/{id}/photo")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "The photo of a returned kit (JPEG or PNG by its content, 5 MB at most; replaces one)")
    public ReservationSummary attachPhoto(@PathParam("id") long id, InputStream body) throws IOException {
        return loans.attachPhoto(id, RequestBody.file(body, MAX_PHOTO_MEGABYTES));
    }

    @GET
    @Path("reservations/{id}/photo")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "The photo of a returned kit")
    public Response photo(@PathParam("id") long id) {
        return Attachment.of(loans.photo(id), loans.photoType(id), "retour-" + id
                + ("image/png".equals(loans.photoType(id)) ? ".png" : ".jpg"));
    }

    @GET
    @Path("desk")
    @Operation(summary = "The managers' desk: to approve, to hand over, to take back, late")
    public LoanDesk desk() {
        return loans.desk();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every reservation of the pools one manages, as CSV (UTF-8 with a BOM, ';')")
    public Response exportCsv() {
        return Attachment.of(loans.exportCsv(), "text/csv; charset=UTF-8", "prets.csv");
    }

    @POST
    @Path("late-reminders")
    @Operation(summary = "Run the late-return reminders now (city staff; the daily timer runs them at 8:00 Paris)")
    public Reminded remindLate() {
        return new Reminded(loans.remindLate());
    }

    /** How many borrowers a pass reminded. */
    public record Reminded(int reminded) {
    }

    @GET
    @Path("schools/{uai}")
    @Operation(summary = "A school's loans: current and next (city staff, its head teacher, inspectors)")
    public SchoolLoans ofSchool(@PathParam("uai") String uai) {
        return loans.ofSchool(uai);
    }
}
