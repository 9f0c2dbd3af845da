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
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the application is up and its database answers; open to anybody (scripts wait on it). */
@Path("health")
@RequestScoped
@PermitAll
@Tag(name = "Health")
public class HealthResource {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "UP when the database answers, 503 otherwise")
    public Response health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                return Response.ok(Map.of("status", "UP")).build();
            }
        } catch (SQLException down) {
            // reported below as DOWN
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(Map.of("status", "DOWN")).build();
    }
}
