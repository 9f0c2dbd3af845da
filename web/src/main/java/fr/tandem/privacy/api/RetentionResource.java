package fr.tandem.privacy.api;

import fr.tandem.privacy.boundary.PersonalDataRetention;
import fr.tandem.privacy.model.RetentionResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retention rule on demand (a timer runs it every night). */
@Path("privacy/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data")
public class RetentionResource {

    @EJB
    PersonalDataRetention retention;

    @POST
    @Path("run")
    @Operation(summary = "Anonymise now the accounts deactivated more than tandem.privacy.retentionYears years ago "
            + "(default 3); answers how many were anonymised")
    public RetentionResult runRetention() {
        return retention.runNow();
    }
}
