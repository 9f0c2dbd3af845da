package fr.tandem.it;

import fr.tandem.it.clock.SettableClock;
import java.io.File;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The whole application as one WAR for Payara Micro (which does not deploy EARs): the built web
 * module plus the ejb and domain jars and their libraries, copied by Maven before the
 * integration tests. The tests run as clients of the deployment (nothing of theirs is deployed).
 */
public final class TandemDeployment {

    private TandemDeployment() {
    }

    public static WebArchive create() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(Objects.requireNonNull(System.getProperty("tandem.it.war"), "tandem.it.war")));
        File[] libraries = new File(System.getProperty("tandem.it.libs")).listFiles((dir, name) -> name.endsWith(".jar"));
        war.addAsLibraries(Objects.requireNonNull(libraries, "tandem.it.libs"));
        // a WAR reads ejb-jar.xml from WEB-INF only (in the EAR it sits in the ejb module)
        war.addAsWebInfResource(new File(System.getProperty("tandem.it.ejbJarXml")), "ejb-jar.xml");
        // a clock the tests can fix (fr.tandem.it.FixedClock); never in the production archive
        war.addPackage(SettableClock.class.getPackage());
        return war;
    }
}
