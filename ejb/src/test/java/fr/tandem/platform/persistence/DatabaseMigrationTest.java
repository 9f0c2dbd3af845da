package fr.tandem.platform.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.arrayContaining;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Where the migrations are read from, per database, and the portable ones on H2. */
class DatabaseMigrationTest {

    @Test
    void postgreSqlAlsoGetsItsOwnMigrationsAndH2OnlyThePortableOnes() {
        assertThat(DatabaseMigration.locations("PostgreSQL"),
                arrayContaining("classpath:db/migration", "classpath:db/migration-postgresql"));
        assertThat(DatabaseMigration.locations("H2"), arrayContaining("classpath:db/migration"));
    }

    @Test
    void theTwoLocationsShareOneNumberingWithoutClash() throws IOException, URISyntaxException {
        List<String> portable = versions("db/migration");
        List<String> postgreSqlOnly = versions("db/migration-postgresql");
        assertThat(postgreSqlOnly, is(not(empty())));
        Set<String> clashes = new HashSet<>(portable);
        clashes.retainAll(postgreSqlOnly);
        assertThat(clashes, is(empty()));
    }

    @Test
    void thePortableMigrationsRunOnH2AndGiveTheListsTheirIndexes() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:lists" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations(DatabaseMigration.locations("H2"))
                .javaMigrations(new V16__FoldCatalogueSearchText(), new V17__SessionsTokenExpiryCalendarDigest(),
                        new V38__SharedReminders())
                .load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet indexes = sql.executeQuery("select index_name from information_schema.indexes "
                     + "where index_name in ('SCHOOL_NAME_UAI_IX', 'AUDIT_EVENT_TIME_ID_IX', 'AUDIT_EVENT_USER_TIME_IX')")) {
            Set<String> found = new HashSet<>();
            while (indexes.next()) {
                found.add(indexes.getString(1));
            }
            assertThat(found, is(Set.of("SCHOOL_NAME_UAI_IX", "AUDIT_EVENT_TIME_ID_IX", "AUDIT_EVENT_USER_TIME_IX")));
        }
    }

    @Test
    void aDeploymentThatServedOneCityBeforeGetsThatCityOwningEverything() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:cities" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations(DatabaseMigration.locations("H2"))
                .javaMigrations(new V16__FoldCatalogueSearchText(), new V17__SessionsTokenExpiryCalendarDigest(),
                        new V38__SharedReminders())
                .target("22").load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into circonscription (id, code, name) values (1, '0341101M', 'Béziers-Centre')");
            sql.execute("insert into school (id, uai, name, kind, postcode, commune_code, commune_name, priority, state, "
                    + "circonscription_id, search_text, updated_at) values (1, '0349101H', 'Jean Moulin', 'ELEMENTAIRE', "
                    + "'34500', '34032', 'Béziers', 'NONE', 'OPEN', 1, 'x', current_timestamp)");
            sql.execute("insert into account (id, username, first_name, last_name, email, created_at) "
                    + "values (1, 'dsi', 'A', 'B', 'dsi@ville.fr', current_timestamp), "
                    + "(2, 'prof', 'C', 'D', 'prof@ac.fr', current_timestamp)");
            sql.execute("insert into account_role (account_id, role) values (1, 'CITY_STAFF'), (2, 'TEACHER')");
            sql.execute("insert into licence_supplier (id, name) values (1, 'Editeur')");
        }
        Flyway.configure().dataSource(database).locations(DatabaseMigration.locations("H2"))
                .javaMigrations(new V16__FoldCatalogueSearchText(), new V17__SessionsTokenExpiryCalendarDigest(),
                        new V38__SharedReminders())
                .load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            assertThat(one(sql, "select name from city where id = 1"), is("Ville de Béziers"));
            assertThat(one(sql, "select commune_code from city_commune where city_id = 1"), is("34032"));
            assertThat(one(sql, "select count(*) from school where city_id = 1"), is("1"));
            assertThat(one(sql, "select count(*) from account where city_id = 1"), is("1"));
            assertThat(one(sql, "select city_id from account where username = 'dsi'"), is("1"));
            assertThat(one(sql, "select city_id from licence_supplier where id = 1"), is("1"));
        }
    }

    @Test
    void anEmptyDatabaseGetsNoCity() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:nocity" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations(DatabaseMigration.locations("H2"))
                .javaMigrations(new V16__FoldCatalogueSearchText(), new V17__SessionsTokenExpiryCalendarDigest(),
                        new V38__SharedReminders())
                .load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            assertThat(one(sql, "select count(*) from city"), is("0"));
        }
    }

    @Test
    void licenceRemindersMoveToTheSharedTableWithTheirIdsAndTheSequenceStartsPastThem() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:reminders" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations(DatabaseMigration.locations("H2"))
                .javaMigrations(new V16__FoldCatalogueSearchText(), new V17__SessionsTokenExpiryCalendarDigest(),
                        new V38__SharedReminders())
                .target("35").load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into city (id, name) values (7, 'Béziers')");
            sql.execute("insert into licence_product (id, name, kind) values (1, 'Webradio', 'SOFTWARE')");
            sql.execute("insert into licence (id, product_id, kind, seats, valid_from, valid_until, price, currency, "
                    + "grant_source, grant_percent, transferable, renewal, renewal_months, status, city_id) values (3, 1, "
                    + "'PER_SEAT', 10, date '2026-09-01', date '2027-08-15', 100, 'EUR', 'NONE', 0, true, 'MANUAL', 12, "
                    + "'ACTIVE', 7)");
            sql.execute("insert into licence_reminder (id, licence_id, kind, stage_days, fired_at, read_at) values "
                    + "(1, 3, 'EXPIRY', 90, timestamp with time zone '2027-05-17 08:00:00+02', "
                    + "timestamp with time zone '2027-05-18 08:00:00+02'), "
                    + "(120, 3, 'LOW_SEATS', 0, timestamp with time zone '2027-05-17 08:00:00+02', null)");
        }
        Flyway.configure().dataSource(database).locations(DatabaseMigration.locations("H2"))
                .javaMigrations(new V16__FoldCatalogueSearchText(), new V17__SessionsTokenExpiryCalendarDigest(),
                        new V38__SharedReminders())
                .load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            assertThat(one(sql, "select topic || ' ' || subject_id || ' ' || city_id || ' ' || stage_days || ' ' "
                    + "|| due_on || ' ' || (read_at is not null) from reminder where id = 1"),
                    is("LICENCE_EXPIRY 3 7 90 2027-08-15 TRUE"));
            assertThat(one(sql, "select topic || ' ' || stage_days || ' ' || (due_on is null) from reminder where id = 120"),
                    is("LICENCE_LOW_SEATS 0 TRUE"));
            assertThat("the first ids allocated (value - 49 onwards) come after the copied ones",
                    Long.parseLong(one(sql, "select next value for reminder_seq")) - 49 > 120, is(true));
            assertThat(one(sql, "select count(*) from information_schema.tables where table_name = 'LICENCE_REMINDER'"),
                    is("0"));
        }
    }

    private static String one(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The version numbers of the SQL migrations of a classpath folder. */
    private static List<String> versions(String folder) throws IOException, URISyntaxException {
        Path path = Path.of(DatabaseMigrationTest.class.getClassLoader().getResource(folder).toURI());
        try (Stream<Path> files = Files.list(path)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).toList();
        }
    }
}
