package fr.tandem.it.clock;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * {@code PUT /api/test-clock} with an ISO instant as plain text fixes the application's clock;
 * {@code DELETE} gives the system clock back. In the integration-test deployment only.
 */
@Path("test-clock")
public class ClockResource {

    @Inject
    SettableClock clock;

    @PUT
    public Response fix(String instant) {
        clock.fix(Instant.parse(instant.trim()));
        return Response.noContent().build();
    }

    @DELETE
    public Response release() {
        clock.release();
        return Response.noContent().build();
    }
}
