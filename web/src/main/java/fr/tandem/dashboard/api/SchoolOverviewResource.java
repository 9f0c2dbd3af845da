package fr.tandem.dashboard.api;

import fr.tandem.dashboard.boundary.SchoolOverviews;
import fr.tandem.dashboard.model.SchoolOverview;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A school's page over HTTP: the same sections, filtered by the reader's role. */
@Path("schools/{uai}/overview")
@RequestScoped
@Tag(name = "Dashboard")
public class SchoolOverviewResource {

    @EJB
    SchoolOverviews overviews;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A school's overview: identity, equipment, open audits, licences, requests, training",
            description = "City staff and councillors: their city's schools; inspectors: their circonscription's; "
                    + "head teachers: their own school; admins: any. Sections a role may not read are left out; "
                    + "training is aggregated (themes of fewer than minGroup teachers merged), teachers named for "
                    + "the inspectorate only. Another school: 404.")
    public SchoolOverview getSchoolOverview(
            @Parameter(description = "The school's UAI") @PathParam("uai") String uai) {
        return overviews.overview(uai);
    }
}
