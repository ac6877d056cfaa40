package org.commonground.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table the migrations made (read from the catalog, so a new table is covered without a change
 * here), keeping the schema, its history and the rows the migrations themselves insert (lock rows, feature
 * generations — found by reading the migrations). Only for tests with a database of their own.
 */
public final class EmptyDatabase {

    private static final Pattern SEEDED = Pattern.compile("insert\\s+into\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static volatile Set<String> seeded;

    private EmptyDatabase() {}

    public static void wipe(JdbcTemplate jdbc) {
        Set<String> keep = seededTables();
        List<String> tables = jdbc.queryForList("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_type in ('BASE TABLE', 'TABLE')""", String.class).stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> !t.equals("flyway_schema_history") && !keep.contains(t))
                .sorted()
                .toList();
        if (TestDatabase.usesPostgres()) {
            jdbc.execute("truncate table " + String.join(", ", tables) + " cascade");
            return;
        }
        jdbc.execute("set referential_integrity false");
        try {
            tables.forEach(t -> jdbc.execute("truncate table " + t));
        } finally {
            jdbc.execute("set referential_integrity true");
        }
    }

    /** The tables a migration inserts rows into: the app expects those rows to exist. */
    static Set<String> seededTables() {
        Set<String> known = seeded;
        if (known == null) {
            known = new HashSet<>();
            try {
                for (Resource migration :
                        new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
                    Matcher m = SEEDED.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
                    while (m.find()) {
                        known.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            seeded = Set.copyOf(known);
        }
        return known;
    }
}
