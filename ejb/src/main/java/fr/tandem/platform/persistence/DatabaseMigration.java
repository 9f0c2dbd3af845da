package fr.tandem.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date at start-up with Flyway, before anything else touches
 * it. Flyway owns the schema: the migrations of {@code db/migration} run on H2 and PostgreSQL, and
 * those of {@code db/migration-postgresql} (what only PostgreSQL offers, such as trigram indexes)
 * on PostgreSQL alone; both share one numbering.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "fr.tandem.platform.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    /** JNDI name of the application's data source (also named in persistence.xml). */
    public static final String DATA_SOURCE = "java:app/jdbc/tandem";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(databaseProduct()))
                .javaMigrations(new V16__FoldCatalogueSearchText(), new V17__SessionsTokenExpiryCalendarDigest(),
                        new V38__SharedReminders())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The migration locations for a database product name (as its JDBC driver reports it). */
    static String[] locations(String databaseProduct) {
        return "PostgreSQL".equalsIgnoreCase(databaseProduct)
                ? new String[] {"classpath:db/migration", "classpath:db/migration-postgresql"}
                : new String[] {"classpath:db/migration"};
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}
