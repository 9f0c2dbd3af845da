package fr.tandem.platform.api;

import fr.tandem.platform.Paging;
import fr.tandem.platform.api.QueryParameters;
import fr.tandem.platform.audit.AuditPage;
import fr.tandem.platform.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail over HTTP (admins only), newest first. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditResource {

    @EJB
    AuditTrail trail;

    @GET
    @Operation(summary = "Changes to data: by entity type (e.g. School), entity id, username, days (yyyy-mm-dd, "
            + "Paris time, both included); newest first")
    public AuditPage search(@QueryParam("type") String type, @QueryParam("id") String entityId,
                            @QueryParam("user") String username, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        return trail.search(type, entityId, username, QueryParameters.day(from, "audit.date"),
                QueryParameters.day(to, "audit.date"), first, size);
    }
}
