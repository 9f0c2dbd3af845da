package fr.tandem.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the REST integration tests share: the whole application deployed on Payara Micro with the
 * demo accounts, and a fresh client per test.
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
}
