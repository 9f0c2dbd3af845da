package fr.tandem.platform.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves licence reminders into the table every reminder topic shares ({@code reminder}: licence
 * expiry and low seats, equipment warranties, contracts), keeping each row's id, stage, fire and
 * read instants, so that no stage fires twice after the upgrade. Its sequence starts past the
 * ids copied (a multiple of 50, as every sequence here): portable SQL cannot compute that.
 */
public class V38__SharedReminders extends BaseJavaMigration {

    private static final int STEP = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE reminder (
                        id          BIGINT       NOT NULL PRIMARY KEY,
                        topic       VARCHAR(30)  NOT NULL,
                        subject_id  BIGINT       NOT NULL,
                        city_id     BIGINT,
                        stage_days  INTEGER      NOT NULL,
                        due_on      DATE,
                        fired_at    TIMESTAMP WITH TIME ZONE NOT NULL,
                        read_at     TIMESTAMP WITH TIME ZONE,
                        CONSTRAINT reminder_stage_uk UNIQUE (topic, subject_id, stage_days)
                    )""");
            sql.execute("CREATE INDEX reminder_city_ix ON reminder (city_id, fired_at)");
            sql.execute("""
                    INSERT INTO reminder (id, topic, subject_id, city_id, stage_days, due_on, fired_at, read_at)
                    SELECT r.id, CASE WHEN r.kind = 'LOW_SEATS' THEN 'LICENCE_LOW_SEATS' ELSE 'LICENCE_EXPIRY' END,
                           r.licence_id, l.city_id, r.stage_days,
                           CASE WHEN r.kind = 'LOW_SEATS' THEN NULL ELSE l.valid_until END, r.fired_at, r.read_at
                    FROM licence_reminder r JOIN licence l ON l.id = r.licence_id""");
            long highest;
            try (ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) FROM reminder")) {
                max.next();
                highest = max.getLong(1);
            }
            long start = (highest / STEP + 1) * STEP + STEP;
            sql.execute("CREATE SEQUENCE reminder_seq START WITH " + start + " INCREMENT BY " + STEP);
            sql.execute("DROP TABLE licence_reminder");
            sql.execute("DROP SEQUENCE licence_reminder_seq");
        }
    }
}
