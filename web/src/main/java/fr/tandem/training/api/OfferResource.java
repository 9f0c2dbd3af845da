package fr.tandem.training.api;

import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.training.OfferDetails;
import fr.tandem.training.boundary.TrainingOffers;
import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.TrainerChoice;
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
 * Training offers over HTTP: the offers of an inspector's circonscription, from draft to
 * publication or cancellation, and who may run their sessions.
 */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class OfferResource {

    @EJB
    TrainingOffers offers;

    @GET
    @Path("offers")
    @Operation(summary = "The offers of my circonscription with their sessions and warnings (inspectors, admins)")
    public List<OfferSummary> listOffers() {
        return offers.offers();
    }

    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft offer (inspectors; admins name the circonscription by its code)",
            description = "Without targetCycles nor targetSchools the offer is for the whole circonscription; "
                    + "the equipmentTypes are matched with the equipment schools receive.")
    @APIResponse(responseCode = "201", description = "The new draft offer",
            headers = @Header(name = "Location", description = "The address of the new offer",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferSummary.class)))
    public Response createOffer(
            OfferDetails details,
            @Parameter(description = "The circonscription's code, for admins (inspectors create offers in their own)")
            @QueryParam("circonscription") String circonscription,
            @Context UriInfo uri) {
        OfferSummary created = offers.createOffer(RequestBody.required(details), circonscription);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("offers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an offer (its sessions keep their bookings; takenTogether cannot change once a "
            + "teacher is enrolled)")
    public OfferSummary updateOffer(@PathParam("id") long offerId, OfferDetails details) {
        return offers.updateOffer(offerId, RequestBody.required(details));
    }

    @POST
    @Path("offers/{id}/publication")
    @Operation(summary = "Publish an offer: teachers may book it during its enrolment window")
    public OfferSummary publishOffer(@PathParam("id") long offerId) {
        return offers.publish(offerId);
    }

    @POST
    @Path("offers/{id}/cancellation")
    @Operation(summary = "Cancel an offer and its sessions to come; every enrolled or waiting teacher is told")
    public OfferSummary cancelOffer(@PathParam("id") long offerId) {
        return offers.cancelOffer(offerId);
    }

    @GET
    @Path("trainers")
    @Operation(summary = "Who may run sessions: the inspectorate accounts of my circonscription")
    public List<TrainerChoice> listTrainerChoices() {
        return offers.trainerChoices();
    }
}
