package fr.tandem.platform.api;

import fr.tandem.platform.Paging;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(summary = "Changes to data, newest first; every criterion is optional")
    public AuditPage listAuditEvents(
            @Parameter(description = "Only the changes to this entity type", example = "School")
            @QueryParam("type") String type,
            @Parameter(description = "Only the changes to the entity with this id") @QueryParam("id") String entityId,
            @Parameter(description = "Only the changes made by this username") @QueryParam("user") String username,
            @Parameter(description = "Only the changes made on or after this day (yyyy-mm-dd, Paris time)",
                    example = "2027-01-13", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Only the changes made on or before this day (yyyy-mm-dd, Paris time)",
                    example = "2027-01-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "The index of the first event of the page (0 is the first)")
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "How many events a page has, at most 500")
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        return trail.search(type, entityId, username, QueryParameters.day(from, "audit.date"),
                QueryParameters.day(to, "audit.date"), first, size);
    }
}
