package fr.tandem.platform.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredDataSourceTest {

    private static JdbcDataSource h2(Path dir, String password) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + dir.resolve("tandem"));
        h2.setUser("sa");
        h2.setPassword(password);
        return h2;
    }

    @Test
    void anH2DatabaseCreatedWithoutPasswordOpensWithTheConfiguredOneAndKeepsIt(@TempDir Path dir) throws SQLException {
        try (Connection created = h2(dir, "").getConnection(); Statement statement = created.createStatement()) {
            statement.execute("CREATE TABLE kept (id INT)");
            statement.execute("INSERT INTO kept VALUES (7)");
        }
        JdbcDataSource configured = h2(dir, "generated-secret");
        ConfiguredDataSource.giveThePassword(configured);
        try (Connection opened = configured.getConnection(); Statement statement = opened.createStatement();
             ResultSet kept = statement.executeQuery("SELECT id FROM kept")) {
            assertThat(kept.next(), is(true));
            assertThat(kept.getInt(1), is(7));
        }
        // the empty password no longer opens it
        assertThrows(SQLException.class, () -> h2(dir, "").getConnection().close());
        // and the next start finds the password already in place
        ConfiguredDataSource.giveThePassword(h2(dir, "generated-secret"));
    }

    @Test
    void aNewH2DatabaseIsCreatedWithThePasswordAndRefusesAnotherOne(@TempDir Path dir) {
        ConfiguredDataSource.giveThePassword(h2(dir, "generated-secret"));
        assertThrows(SQLException.class, () -> h2(dir, "").getConnection().close());
        assertThrows(IllegalStateException.class, () -> ConfiguredDataSource.giveThePassword(h2(dir, "another-one")));
    }
}
