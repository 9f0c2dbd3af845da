package fr.tandem.training.api;

import fr.tandem.platform.Paging;
import fr.tandem.platform.api.QueryParameters;
import fr.tandem.training.CancellationReason;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.model.CataloguePage;
import fr.tandem.training.model.CatalogueQuery;
import fr.tandem.training.model.SessionSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
 * Teachers' bookings over HTTP: the catalogue of sessions they may book, their bookings, booking and cancelling
 * (a session, or every date of an offer taken together).
 */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class BookingResource {

    private static final String REASON = "Why the seat is given up: required less than the late-cancellation notice "
            + "before the session; OTHER needs a note";

    @EJB
    Bookings bookings;

    @GET
    @Path("catalogue")
    @Operation(summary = "One page of the upcoming sessions I may book (teachers), soonest first, with seats left "
            + "and my standing, filtered by the parameters given")
    public CataloguePage listCatalogueSessions(
            @Parameter(description = "Words of the title, topic or place") @QueryParam("q") String words,
            @Parameter(description = "Only the offers of this category",
                    schema = @Schema(implementation = OfferCategory.class)) @QueryParam("category") String category,
            @Parameter(description = "Only the offers teaching to use this equipment type",
                    schema = @Schema(implementation = EquipmentType.class))
            @QueryParam("equipmentType") String equipmentType,
            @Parameter(description = "Only the sessions from this day on (yyyy-mm-dd, Paris time); absent: from today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "The index of the page's first session (0: the first page)")
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "Sessions per page, at most " + CatalogueQuery.MAX_SIZE)
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        return bookings.catalogue(new CatalogueQuery(words,
                QueryParameters.choice(OfferCategory.class, category, "catalogue.category"),
                QueryParameters.choice(EquipmentType.class, equipmentType, "catalogue.equipmentType"),
                QueryParameters.day(from, "catalogue.date"), first, size));
    }

    @GET
    @Path("my-bookings")
    @Operation(summary = "My bookings, waiting-line places and requests waiting for validation (teachers)")
    public List<SessionSummary> listMyBookings() {
        return bookings.mine();
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "A session as I see it (teachers): the offer's description and target public, seats, my "
            + "standing; 404 for a session not meant for me")
    public SessionSummary getBookableSession(@PathParam("id") long sessionId) {
        return bookings.session(sessionId);
    }

    @GET
    @Path("sessions/{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "A session as an iCalendar file to add to my calendar (teachers), times in Europe/Paris")
    @APIResponse(responseCode = "200", description = "The session as an iCalendar event",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/calendar",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadSessionCalendar(@PathParam("id") long sessionId) {
        return Response.ok(bookings.sessionCalendar(sessionId), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"formation-" + sessionId + ".ics\"").build();
    }

    @PUT
    @Path("sessions/{id}/booking")
    @Operation(summary = "Book a session: a seat, a place in the waiting line when it is full, or a request when "
            + "the offer needs validation; a session of an offer taken together is refused (book the offer's set)")
    public SessionSummary bookSession(@PathParam("id") long sessionId) {
        return bookings.book(sessionId);
    }

    @DELETE
    @Path("sessions/{id}/booking")
    @Operation(summary = "Cancel my booking; a freed seat goes to the first in the waiting line",
            description = "Giving up a seat less than the late-cancellation notice (a setting, 2 days by default) "
                    + "before the session needs a reason: ILLNESS, FAMILY, SERVICE_NEEDS, SCHOOL_EVENT or OTHER "
                    + "(with a note saying which).")
    public SessionSummary cancelSessionBooking(
            @PathParam("id") long sessionId,
            @Parameter(description = REASON, schema = @Schema(implementation = CancellationReason.class))
            @QueryParam("reason") String reason,
            @Parameter(description = "What the reason OTHER is") @QueryParam("note") String note) {
        return bookings.cancel(sessionId,
                QueryParameters.choice(CancellationReason.class, reason, "booking.cancel.reasonUnknown"), note);
    }

    @PUT
    @Path("offers/{id}/booking")
    @Operation(summary = "Book every date of an offer taken together (a parcours), in one action: a seat in every "
            + "session, one place in the set's waiting line, or a request in each when the offer needs validation; "
            + "never some dates only. Answers the set's first session, with every date (setDates)")
    public SessionSummary bookOfferSet(@PathParam("id") long offerId) {
        return bookings.bookSet(offerId);
    }

    @DELETE
    @Path("offers/{id}/booking")
    @Operation(summary = "Cancel my booking of every date of an offer taken together still to come; the freed seats "
            + "go to the first in the set's waiting line, in every session at once",
            description = "As for one session, giving up seats less than the late-cancellation notice before a date "
                    + "needs a reason (ILLNESS, FAMILY, SERVICE_NEEDS, SCHOOL_EVENT or OTHER with a note).")
    public SessionSummary cancelOfferSetBooking(
            @PathParam("id") long offerId,
            @Parameter(description = REASON, schema = @Schema(implementation = CancellationReason.class))
            @QueryParam("reason") String reason,
            @Parameter(description = "What the reason OTHER is") @QueryParam("note") String note) {
        return bookings.cancelSet(offerId,
                QueryParameters.choice(CancellationReason.class, reason, "booking.cancel.reasonUnknown"), note);
    }
}
