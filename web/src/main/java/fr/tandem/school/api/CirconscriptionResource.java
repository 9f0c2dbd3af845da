package fr.tandem.school.api;

import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Circonscriptions over HTTP (they are created and renamed by the Annuaire import). */
@Path("circonscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools")
public class CirconscriptionResource {

    @EJB
    Schools schools;

    @GET
    @Operation(summary = "All circonscriptions with their number of schools")
    public List<CirconscriptionSummary> listCirconscriptions(
            @Parameter(description = "Only those of the caller's territory (an inspector's own, those with schools in a "
                    + "city employee's or councillor's city, a teacher's school's; for admins those with schools in a "
                    + "partner city), with the schools of that territory counted")
            @QueryParam("territory") boolean territory) {
        return territory ? schools.circonscriptionsOfMyTerritory() : schools.circonscriptions();
    }
}
