package fr.tandem.platform.persistence;

import fr.tandem.platform.Sha256;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sessions and credentials (issue 11): the instant before which an account's page sessions are
 * over; an expiry for API tokens (existing ones: a year after their creation, but not sooner than
 * {@link #NOTICE} from the upgrade, so that no script stops without warning); the calendar-feed
 * secret replaced by its SHA-256 digest, so that existing feed addresses keep working. In Java:
 * neither the digest nor date arithmetic is written the same in H2 and PostgreSQL.
 */
public class V17__SessionsTokenExpiryCalendarDigest extends BaseJavaMigration {

    static final Duration TOKEN_LIFE = Duration.ofDays(365);
    static final Duration NOTICE = Duration.ofDays(30);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE account ADD COLUMN sessions_valid_after TIMESTAMP WITH TIME ZONE");
            ddl.execute("ALTER TABLE account ADD COLUMN calendar_digest VARCHAR(64)");
            ddl.execute("ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE");
        }
        digestCalendarSecrets(connection);
        setTokenExpiries(connection, OffsetDateTime.now(ZoneOffset.UTC));
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP INDEX account_calendar_token_uk");
            ddl.execute("ALTER TABLE account DROP COLUMN calendar_token");
            ddl.execute("CREATE UNIQUE INDEX account_calendar_digest_uk ON account (calendar_digest)");
            ddl.execute("ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL");
        }
    }

    /** Stores the digest of every calendar-feed secret in place of the secret. */
    static void digestCalendarSecrets(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, calendar_token from account where calendar_token is not null");
             PreparedStatement write = connection.prepareStatement(
                     "update account set calendar_digest = ?, calendar_token = null where id = ?")) {
            while (rows.next()) {
                write.setString(1, Sha256.hex(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    /** Gives every existing token its expiry: a year after its creation, not sooner than {@link #NOTICE} from now. */
    static void setTokenExpiries(Connection connection, OffsetDateTime now) throws SQLException {
        OffsetDateTime earliest = now.plus(NOTICE);
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, created_at from api_token");
             PreparedStatement write = connection.prepareStatement("update api_token set expires_at = ? where id = ?")) {
            while (rows.next()) {
                OffsetDateTime expiry = rows.getObject(2, OffsetDateTime.class).plus(TOKEN_LIFE);
                write.setObject(1, expiry.isBefore(earliest) ? earliest : expiry);
                write.setLong(2, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
