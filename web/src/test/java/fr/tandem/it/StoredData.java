package fr.tandem.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A direct look at the database of the deployment, to check what is stored (never to change what
 * the application does). Only when the database lives in its own server: H2 in memory lives
 * inside Payara Micro's process, out of the tests' reach.
 */
final class StoredData {

    private StoredData() {
    }

    /** A connection to the deployment's database, if the tests can reach it. */
    static Optional<Connection> connection() {
        String url = System.getProperty("tandem.test.db.url", "");
        if (url.isBlank() || url.startsWith("jdbc:h2:mem:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(DriverManager.getConnection(url, System.getProperty("tandem.test.db.user", ""),
                    System.getProperty("tandem.test.db.password", "")));
        } catch (SQLException unreachable) {
            throw new IllegalStateException("The test database " + url + " cannot be reached", unreachable);
        }
    }
}
