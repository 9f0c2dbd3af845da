package fr.tandem.platform.api;

import fr.tandem.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the application is up and its database answers; open to anybody (scripts wait on it). */
@Path("health")
@RequestScoped
@PermitAll
@Tag(name = "Health")
public class HealthResource {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /** The answer: {@code {"status":"UP"}} or {@code {"status":"DOWN"}}. */
    @Schema(description = "Whether the application is up: UP when its database answers, DOWN otherwise.")
    public record HealthStatus(@Schema(required = true, enumeration = {"UP", "DOWN"}) String status) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "UP when the database answers, 503 otherwise; no authentication")
    @SecurityRequirements
    @APIResponse(responseCode = "200", description = "The application is up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HealthStatus.class)))
    @APIResponse(responseCode = "503", description = "The database does not answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HealthStatus.class)))
    public Response getHealth() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                return Response.ok(new HealthStatus("UP")).build();
            }
        } catch (SQLException down) {
            // reported below as DOWN
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(new HealthStatus("DOWN")).build();
    }
}
