package fr.tandem.platform.persistence;

import fr.tandem.platform.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the search columns added by V15 for the offers and sessions that already exist, folding
 * text the way the entities do ({@link SearchText}): neither H2 nor PostgreSQL can remove accents
 * in portable SQL.
 */
public class V16__FoldCatalogueSearchText extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        fold(connection, "select id, title, topic from training_offer",
                "update training_offer set search_text = ? where id = ?");
        fold(connection, "select id, place from training_session",
                "update training_session set place_search = ? where id = ?");
    }

    /** Reads id and text columns with the first statement, writes the folded text with the second. */
    private static void fold(Connection connection, String select, String update) throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery(select);
             PreparedStatement write = connection.prepareStatement(update)) {
            int columns = rows.getMetaData().getColumnCount();
            int pending = 0;
            while (rows.next()) {
                String[] parts = new String[columns - 1];
                for (int i = 2; i <= columns; i++) {
                    parts[i - 2] = rows.getString(i);
                }
                write.setString(1, SearchText.of(parts));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending % 500 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }
}
