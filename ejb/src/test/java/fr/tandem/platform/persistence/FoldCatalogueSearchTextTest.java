package fr.tandem.platform.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migration that fills the catalogue's search columns, on an H2 database holding offers and
 * sessions written before those columns existed.
 */
class FoldCatalogueSearchTextTest {

    @Test
    void existingOffersAndSessionsAreFoldedLikeTheEntitiesFoldThem() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:fold" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("15").load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into circonscription (id, code, name) values (1, '0341101M', 'Centre')");
            sql.execute("insert into account (id, username, first_name, last_name, email, password_hash, created_at) "
                    + "values (1, 'ien', 'Inès', 'IEN', 'ien@test', 'x', current_timestamp)");
            sql.execute("insert into training_offer (id, title, topic, category, modality, minutes_credited, "
                    + "enrolment_opens, enrolment_closes, status, circonscription_id, created_by) values "
                    + "(1, 'Écrire à l''ÉCOLE', 'Numérique', 'OPTIONNELLE', 'PRESENTIEL', 60, current_timestamp, "
                    + "current_timestamp, 'PUBLISHED', 1, 1), (2, 'Webradio', null, 'OPTIONNELLE', 'PRESENTIEL', 60, "
                    + "current_timestamp, current_timestamp, 'DRAFT', 1, 1)");
            sql.execute("insert into training_session (id, offer_id, starts_at, ends_at, place, capacity) values "
                    + "(1, 1, timestamp '2027-01-05 09:00:00', timestamp '2027-01-05 12:00:00', 'Médiathèque André-Malraux', 10)");
        }

        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new V16__FoldCatalogueSearchText()).target("16").load().migrate();

        assertThat(value(database, "select search_text from training_offer where id = 1"), is("ecrire a l ecole numerique"));
        assertThat(value(database, "select search_text from training_offer where id = 2"), is("webradio"));
        assertThat(value(database, "select place_search from training_session where id = 1"),
                is("mediatheque andre malraux"));
    }

    private static String value(JdbcDataSource database, String query) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
