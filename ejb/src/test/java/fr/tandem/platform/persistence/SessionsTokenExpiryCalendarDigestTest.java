package fr.tandem.platform.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import fr.tandem.people.control.TokenSecrets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The migration of issue 11 (sessions and credentials) on an H2 database holding an account with a
 * calendar feed and API tokens written before it; on PostgreSQL too when the build names one
 * ({@code -Dtandem.test.db.url=jdbc:postgresql:...}), in a schema of its own.
 */
class SessionsTokenExpiryCalendarDigestTest {

    private static final String FEED_SECRET = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    @Test
    void onH2() throws SQLException {
        check("jdbc:h2:mem:v17" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void onPostgreSqlWhenNamed() throws SQLException {
        String url = System.getProperty("tandem.test.db.url", "");
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"), "no PostgreSQL named");
        String user = System.getProperty("tandem.test.db.user", "");
        String password = System.getProperty("tandem.test.db.password", "");
        String schema = "v17_" + System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("create schema " + schema);
        }
        try {
            check(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
        } finally {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement sql = connection.createStatement()) {
                sql.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static void check(String url, String user, String password) throws SQLException {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .javaMigrations(new V16__FoldCatalogueSearchText()).target("16").load().migrate();
        Instant old = Instant.parse("2024-01-10T08:00:00Z");
        Instant recent = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("insert into account (id, username, first_name, last_name, email, password_hash, created_at, "
                    + "calendar_token) values (1, 'zoe', 'Zoé', 'Essai', 'zoe@test', 'x', current_timestamp, '"
                    + FEED_SECRET + "'), (2, 'leo', 'Léo', 'Essai', 'leo@test', 'x', current_timestamp, null)");
            try (PreparedStatement token = connection.prepareStatement("insert into api_token (id, account_id, label, "
                    + "secret_digest, secret_prefix, created_at) values (?, 1, ?, ?, 'tdm_x', ?)")) {
                token.setLong(1, 1);
                token.setString(2, "old");
                token.setString(3, "d1");
                token.setObject(4, OffsetDateTime.ofInstant(old, ZoneOffset.UTC));
                token.executeUpdate();
                token.setLong(1, 2);
                token.setString(2, "recent");
                token.setString(3, "d2");
                token.setObject(4, OffsetDateTime.ofInstant(recent, ZoneOffset.UTC));
                token.executeUpdate();
            }
        }
        Instant migrated = Instant.now();

        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .javaMigrations(new V16__FoldCatalogueSearchText(), new V17__SessionsTokenExpiryCalendarDigest())
                .target("17").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            assertThat(string(sql, "select calendar_digest from account where id = 1"), is(TokenSecrets.digest(FEED_SECRET)));
            assertThat(string(sql, "select calendar_digest from account where id = 2"), nullValue());
            assertThat(string(sql, "select sessions_valid_after from account where id = 1"), nullValue());
            Instant oldExpiry = instant(sql, "select expires_at from api_token where id = 1");
            // a token older than a year gets the notice period from the upgrade
            assertThat(oldExpiry.isBefore(migrated.plus(Duration.ofDays(30))), is(false));
            assertThat(oldExpiry.isAfter(Instant.now().plus(Duration.ofDays(30))), is(false));
            assertThat(instant(sql, "select expires_at from api_token where id = 2"),
                    is(recent.plus(Duration.ofDays(365))));
            assertThat(old.isBefore(oldExpiry), is(true));
        }
    }

    private static String string(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static Instant instant(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getObject(1, OffsetDateTime.class).toInstant();
        }
    }
}
