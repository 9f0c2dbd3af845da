package fr.tandem.school.api;

import fr.tandem.platform.api.RequestBody;
import fr.tandem.school.boundary.Cities;
import fr.tandem.school.model.CityForm;
import fr.tandem.school.model.CitySummary;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cities and their communes over HTTP; the rules and the access checks live in the boundary. */
@Path("cities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools")
public class CityResource {

    @EJB
    Cities cities;

    @GET
    @Operation(summary = "Every city with its communes and number of schools (a city employee or councillor: theirs)")
    public List<CitySummary> listCities() {
        return cities.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One city")
    public CitySummary getCity(@PathParam("id") long id) {
        return cities.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a city and name its communes (admin); "
            + "409 when a commune already belongs to another city")
    @APIResponse(responseCode = "201", description = "The city created",
            headers = @Header(name = "Location", description = "The address of the new city",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CitySummary.class)))
    public Response createCity(CityForm form, @Context UriInfo uri) {
        CitySummary created = cities.create(RequestBody.required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a city and name its communes (admin); its schools follow; send the version you read")
    public CitySummary updateCity(@PathParam("id") long id, CityForm form) {
        return cities.update(id, RequestBody.required(form));
    }
}
