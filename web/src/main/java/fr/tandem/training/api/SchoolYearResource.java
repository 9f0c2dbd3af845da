package fr.tandem.training.api;

import fr.tandem.training.boundary.SchoolYears;
import fr.tandem.training.model.RolloverResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The school-year rollover over HTTP: an administrator runs now what the timer runs every night. */
@Path("school-years")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class SchoolYearResource {

    @EJB
    SchoolYears schoolYears;

    @POST
    @Path("rollover")
    @Operation(summary = "Close every teacher's finished school years not closed yet (quotité, hours due and school "
            + "frozen); running it again closes nothing more (administrators)")
    public RolloverResult rollOverSchoolYears() {
        return schoolYears.rollover();
    }
}
