package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives every interaction the local date it happened on, in the zone it was logged in. The rubric counts
 * evidence by date ("in the 12 months up to the 30th of June") and groups it by day in the database; a date
 * computed from the instant in SQL would need time-zone functions that H2 and PostgreSQL spell differently,
 * so existing rows are filled here, in Java, the same way {@code Interaction} fills new ones.
 */
public class V20__Interaction_local_date extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table interaction add column occurred_on date");
        }
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select id, occurred_at, time_zone from interaction");
                PreparedStatement write =
                        connection.prepareStatement("update interaction set occurred_on = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                OffsetDateTime at = rows.getObject(2, OffsetDateTime.class);
                write.setObject(
                        1, at.atZoneSameInstant(ZoneId.of(rows.getString(3))).toLocalDate());
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table interaction alter column occurred_on set not null");
            // The rubric's counts: a date range, often with a kind.
            ddl.execute("create index interaction_day_ix on interaction (occurred_on, kind)");
            ddl.execute("create index interaction_kind_day_ix on interaction (kind, occurred_on)");
        }
    }
}
