package fr.tandem.people;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(15);

    private static void fail(LoginThrottle throttle, Instant at) {
        throttle.failed(at, 5, WINDOW, LOCK);
    }

    @Test
    void fiveFailuresWithinTheWindowLockForAQuarterOfAnHour() {
        LoginThrottle throttle = new LoginThrottle("nobody", NOW);
        for (int i = 0; i < 4; i++) {
            fail(throttle, NOW.plusSeconds(i * 60L));
        }
        assertThat(throttle.lockedFor(NOW.plusSeconds(240)), is(Optional.empty()));
        fail(throttle, NOW.plusSeconds(300));
        assertThat(throttle.lockedFor(NOW.plusSeconds(300)), is(Optional.of(LOCK)));
        assertThat(throttle.lockedFor(NOW.plusSeconds(300).plus(LOCK).minusSeconds(60)),
                is(Optional.of(Duration.ofMinutes(1))));
        assertThat(throttle.lockedFor(NOW.plusSeconds(300).plus(LOCK)), is(Optional.empty()));
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        LoginThrottle throttle = new LoginThrottle("dsi", NOW);
        for (int i = 0; i < 4; i++) {
            fail(throttle, NOW);
        }
        fail(throttle, NOW.plus(WINDOW));
        assertThat(throttle.failures(), is(1));
        assertThat(throttle.lockedFor(NOW.plus(WINDOW)), is(Optional.empty()));
    }

    @Test
    void failuresWhileLockedDoNotProlongTheLock() {
        LoginThrottle throttle = new LoginThrottle("dsi", NOW);
        for (int i = 0; i < 5; i++) {
            fail(throttle, NOW);
        }
        fail(throttle, NOW.plusSeconds(600));
        assertThat(throttle.lockedFor(NOW.plusSeconds(600)), is(Optional.of(Duration.ofMinutes(5))));
    }
}
