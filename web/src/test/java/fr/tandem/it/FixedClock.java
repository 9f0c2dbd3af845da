package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Fixes the deployed application's clock for the length of a test ({@code try (FixedClock c =
 * FixedClock.at(url, instant)) {...}}) and gives the system clock back at the end, whatever happened.
 * Tests run one at a time, so no other test sees the fixed clock; the application's own timers may.
 */
public final class FixedClock implements AutoCloseable {

    private final Api admin;

    private FixedClock(Api admin) {
        this.admin = admin;
    }

    public static FixedClock at(URL url, Instant instant) {
        Api admin = new Api(url).as("admin", ApiTestBase.PASSWORD);
        FixedClock clock = new FixedClock(admin);
        clock.move(instant);
        return clock;
    }

    /** Moves the fixed clock to another instant. */
    public void move(Instant instant) {
        Api.Reply reply = admin.put("api/test-clock", "text/plain", instant.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(reply.body(), reply.status(), is(204));
    }

    @Override
    public void close() {
        assertThat(admin.delete("api/test-clock").status(), is(204));
    }
}
