package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The health check answers without authentication once the database is migrated. */
class HealthST extends SystemTestBase {

    @Test
    void healthIsUpWithoutLoggingIn() {
        HttpResponse<String> response = api.get("/api/health");

        assertThat(response.statusCode(), is(200));
        assertThat(Api.json(response).getString("status"), is("UP"));
    }
}
