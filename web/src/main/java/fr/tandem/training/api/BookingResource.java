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

    @EJB
    Bookings bookings;

    @GET
    @Path("catalogue")
    @Operation(summary = "One page of the upcoming sessions I may book (teachers), soonest first, with seats left "
            + "and my standing; filtered by words of the title, topic or place (q), category, the equipment type "
            + "the offer teaches to use (equipmentType: INTERACTIVE_SCREEN, TABLET, WEBRADIO_KIT…), and from a day on "
            + "(from, yyyy-mm-dd, Paris time); size at most " + CatalogueQuery.MAX_SIZE)
    public CataloguePage catalogue(@QueryParam("q") String words, @QueryParam("category") String category,
                                   @QueryParam("equipmentType") String equipmentType,
                                   @QueryParam("from") String from, @QueryParam("first") @DefaultValue("0") int first,
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
    public List<SessionSummary> mine() {
        return bookings.mine();
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "A session as I see it (teachers): the offer's description and target public, seats, my "
            + "standing; 404 for a session not meant for me")
    public SessionSummary session(@PathParam("id") long sessionId) {
        return bookings.session(sessionId);
    }

    @GET
    @Path("sessions/{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "A session as an iCalendar file to add to my calendar (teachers), times in Europe/Paris")
    public Response calendar(@PathParam("id") long sessionId) {
        return Response.ok(bookings.sessionCalendar(sessionId), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"formation-" + sessionId + ".ics\"").build();
    }

    @PUT
    @Path("sessions/{id}/booking")
    @Operation(summary = "Book a session: a seat, a place in the waiting line when it is full, or a request when "
            + "the offer needs validation; a session of an offer taken together is refused (book the offer's set)")
    public SessionSummary book(@PathParam("id") long sessionId) {
        return bookings.book(sessionId);
    }

    @DELETE
    @Path("sessions/{id}/booking")
    @Operation(summary = "Cancel my booking; a freed seat goes to the first in the waiting line",
            description = "Giving up a seat less than the late-cancellation notice (a setting, 2 days by default) "
                    + "before the session needs a reason: ILLNESS, FAMILY, SERVICE_NEEDS, SCHOOL_EVENT or OTHER "
                    + "(with a note saying which).")
    public SessionSummary cancel(@PathParam("id") long sessionId, @QueryParam("reason") String reason,
                                 @QueryParam("note") String note) {
        return bookings.cancel(sessionId,
                QueryParameters.choice(CancellationReason.class, reason, "booking.cancel.reasonUnknown"), note);
    }

    @PUT
    @Path("offers/{id}/booking")
    @Operation(summary = "Book every date of an offer taken together (a parcours), in one action: a seat in every "
            + "session, one place in the set's waiting line, or a request in each when the offer needs validation; "
            + "never some dates only. Answers the set's first session, with every date (setDates)")
    public SessionSummary bookSet(@PathParam("id") long offerId) {
        return bookings.bookSet(offerId);
    }

    @DELETE
    @Path("offers/{id}/booking")
    @Operation(summary = "Cancel my booking of every date of an offer taken together still to come; the freed seats "
            + "go to the first in the set's waiting line, in every session at once",
            description = "As for one session, giving up seats less than the late-cancellation notice before a date "
                    + "needs a reason (ILLNESS, FAMILY, SERVICE_NEEDS, SCHOOL_EVENT or OTHER with a note).")
    public SessionSummary cancelSet(@PathParam("id") long offerId, @QueryParam("reason") String reason,
                                    @QueryParam("note") String note) {
        return bookings.cancelSet(offerId,
                QueryParameters.choice(CancellationReason.class, reason, "booking.cancel.reasonUnknown"), note);
    }
}
