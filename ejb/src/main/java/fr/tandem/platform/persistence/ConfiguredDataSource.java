package fr.tandem.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC data source the container pools: it reads the database from MicroProfile Config
 * ({@code tandem.db.url}, {@code tandem.db.user}, {@code tandem.db.password}, which the
 * environment variables {@code TANDEM_DB_URL}, {@code TANDEM_DB_USER} and
 * {@code TANDEM_DB_PASSWORD} also set) and opens connections to PostgreSQL or H2 accordingly.
 * Without configuration it uses an embedded H2 file database in the user's home, kept between
 * restarts, that no other process can reach over the network (no {@code AUTO_SERVER}).
 * <p>
 * An H2 database created without a password (user {@code sa}, empty password: every database of
 * {@code ./tandem run} before it generated one) opens with the configured password: the first
 * connection finds the empty password still in place and replaces it.
 */
public class ConfiguredDataSource implements DataSource {

    static final String DEFAULT_URL = "jdbc:h2:~/.tandem/data/tandem";

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource target() {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = open(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
                }
                current = target;
            }
        }
        return current;
    }

    static DataSource open(Config config) {
        String url = config.getOptionalValue("tandem.db.url", String.class).filter(v -> !v.isBlank()).orElse(DEFAULT_URL);
        String user = config.getOptionalValue("tandem.db.user", String.class).orElse("");
        String password = config.getOptionalValue("tandem.db.password", String.class).orElse("");
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user.isBlank() ? "postgres" : user);
            postgres.setPassword(password);
            postgres.setApplicationName("tandem");
            postgres.setReWriteBatchedInserts(true);
            return postgres;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user.isBlank() ? "sa" : user);
            h2.setPassword(password);
            if (!password.isEmpty()) {
                giveThePassword(h2);
            }
            return h2;
        }
        throw new IllegalStateException("tandem.db.url must start with jdbc:postgresql: or jdbc:h2:, not " + url.split(":", 3)[1]);
    }

    /**
     * Opens an H2 database with its configured password; when that fails because the database
     * still has the empty password it was created with, sets the configured one.
     */
    static void giveThePassword(JdbcDataSource h2) {
        SQLException refused;
        try (Connection opened = h2.getConnection()) {
            return;
        } catch (SQLException e) {
            refused = e;
        }
        if (refused.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
            throw new IllegalStateException("The H2 database does not open: " + refused.getMessage(), refused);
        }
        JdbcDataSource withoutPassword = new JdbcDataSource();
        withoutPassword.setURL(h2.getURL());
        withoutPassword.setUser(h2.getUser());
        withoutPassword.setPassword("");
        try (Connection older = withoutPassword.getConnection();
             PreparedStatement alter = older.prepareStatement("ALTER USER " + quoted(h2.getUser()) + " SET PASSWORD ?")) {
            alter.setString(1, h2.getPassword());
            alter.execute();
        } catch (SQLException stillRefused) {
            refused.addSuppressed(stillRefused);
            throw new IllegalStateException("The H2 database refuses its user and password", refused);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.toUpperCase(Locale.ROOT).replace("\"", "\"\"") + '"';
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
