package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets PostgreSQL use an index for the notes search's word-prefix match ("flood" finds "flooding").
 * With a linguistic collation such as en_US.UTF-8, PostgreSQL can use a b-tree index for
 * {@code term like 'flood%'} only if the index uses the pattern operator class; H2 already turns a
 * prefix LIKE into an index range, so there is nothing to do there. One migration for both databases,
 * deciding by the database it runs on (the only schema step that differs).
 */
public class V4__Prefix_search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equals(product)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create index interaction_term_prefix_ix on interaction_term "
                    + "(term varchar_pattern_ops, interaction_id)");
        }
    }
}
