package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the REST integration tests share: the whole application deployed on Payara Micro with the
 * demo accounts, once for all the classes of a run ({@link fr.tandem.it.suite.SuiteDeployment}: a
 * class finds the data and settings the classes before it left), and a fresh client per test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ApiTestBase {

    /** The password of every demo account. */
    static final String PASSWORD = "Tandem-2026";

    @ArquillianResource
    URL url;

    Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TandemDeployment.create();
    }

    @BeforeEach
    void client() {
        api = new Api(url);
    }

    /** An instant some days from now, on the hour. */
    static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * Creates a draft offer as the demo inspector and returns its id; {@code extra} holds more
     * JSON members (e.g. {@code "needsValidation":true}) or is empty.
     */
    long offer(String title, String category, String modality, int minutes, Instant opens, Instant closes,
               String extra) {
        String body = """
                {"title":"%s","description":"Essai","topic":"ENI","category":"%s","nature":"FORMATION_CONTINUE",
                 "modality":"%s","minutesCredited":%d,"enrolmentOpens":"%s","enrolmentCloses":"%s"%s}"""
                .formatted(title, category, modality, minutes, opens, closes, extra.isEmpty() ? "" : "," + extra);
        Api.Reply created = new Api(url).as("ien", PASSWORD).postJson("api/training/offers", body);
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    /** Adds a session to an offer as the demo inspector and returns its id. */
    long session(long offerId, Instant start, Duration length, int capacity, String extra) {
        String body = """
                {"startsAt":"%s","endsAt":"%s","place":"École des essais","capacity":%d%s}"""
                .formatted(start, start.plus(length), capacity, extra.isEmpty() ? "" : "," + extra);
        Api.Reply created = new Api(url).as("ien", PASSWORD).postJson("api/training/offers/" + offerId + "/sessions",
                body);
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("sessionId").longValue();
    }

    void publish(long offerId) {
        assertThat(new Api(url).as("ien", PASSWORD).post("api/training/offers/" + offerId + "/publication",
                "application/json", new byte[0]).status(), is(200));
    }
}
