package fr.tandem.dashboard.api;

import fr.tandem.dashboard.boundary.HomeWork;
import fr.tandem.dashboard.model.MyHome;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The work waiting for the caller, as their home page shows it. */
@Path("home")
@RequestScoped
@Tag(name = "Dashboard")
public class HomeResource {

    @EJB
    HomeWork work;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The work waiting for the caller, one part per role they hold",
            description = "teacher: next sessions, hours of the school year, open requests; school (head teachers): "
                    + "the school's open requests, equipment out of order and licences; inspector: this week's sessions "
                    + "of the circonscription, drafts, enrolments to approve (per offer), the next sessions' fill; city "
                    + "(city staff): open and overdue requests, licences ending within 90 days, licences low on seats, "
                    + "equipment out of order; admin: invitations pending, accounts deactivated in the last 30 days; "
                    + "sessionsToRun: the sessions where the caller is a named trainer. A part is absent for a role the "
                    + "caller does not hold; each list gives its total and its first items.")
    public MyHome getMyHome() {
        return work.mine();
    }
}
