package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import fr.tandem.training.SchoolYear;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The clock the tests fix is the application's, and the system clock comes back after. */
class FixedClockIT extends ApiTestBase {

    @Test
    void theApplicationReadsTheFixedClockUntilItIsGivenBack() {
        Api teacher = new Api(url).as("enseignant", PASSWORD);
        try (FixedClock clock = FixedClock.at(url, Instant.parse("2031-10-01T08:00:00Z"))) {
            assertThat(teacher.get("api/training/my-hours").json().getString("schoolYear"), is("2031-2032"));
            clock.move(Instant.parse("2032-08-31T21:59:00Z"));
            assertThat(teacher.get("api/training/my-hours").json().getString("schoolYear"), is("2031-2032"));
            clock.move(Instant.parse("2032-08-31T22:00:00Z"));
            assertThat(teacher.get("api/training/my-hours").json().getString("schoolYear"), is("2032-2033"));
        }
        assertThat(teacher.get("api/training/my-hours").json().getString("schoolYear"),
                is(SchoolYear.of(Instant.now()).label()));
    }
}
