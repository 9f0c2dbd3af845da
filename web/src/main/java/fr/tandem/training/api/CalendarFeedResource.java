package fr.tandem.training.api;

import fr.tandem.platform.NotFound;
import fr.tandem.training.boundary.CalendarFeeds;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The personal calendar feed, fetched by calendar programs with the secret in its address. */
@Path("calendar")
@RequestScoped
@PermitAll
@Tag(name = "Training")
public class CalendarFeedResource {

    @EJB
    CalendarFeeds feeds;

    @SecurityRequirements
    @GET
    @Path("{token}.ics")
    @Produces("text/calendar")
    @Operation(summary = "My training sessions as an iCalendar feed (the address comes from my profile)")
    @APIResponse(responseCode = "200", description = "The caller's sessions as an iCalendar feed",
            content = @Content(mediaType = "text/calendar",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadCalendarFeed(
            @Parameter(description = "The secret of the feed, from the address in my profile")
            @PathParam("token") String token) {
        String calendar = feeds.feed(token).orElseThrow(() -> new NotFound("calendar.unknown"));
        return Response.ok(calendar, "text/calendar; charset=UTF-8").build();
    }
}
