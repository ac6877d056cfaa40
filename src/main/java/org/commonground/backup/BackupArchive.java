package org.commonground.backup;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.commonground.shared.InvalidInputException;

/**
 * The full backup as a ZIP: {@code manifest.csv} (format, schema version, when, and per table its file, columns
 * and row count, in an order that satisfies every foreign key) and one {@code tables/<table>.csv} per table —
 * every table Flyway created, audit history included, except Flyway's own and the scheduler lock. Values are
 * written exactly, for a machine to read back (no formula neutralization, no BOM): {@code \N} is null, moments are
 * ISO 8601 with their offset, binary content Base64. Restoring reads the same archive into an empty instance of
 * the same schema version in one transaction, then moves each table's id sequence past the restored ids.
 * Plain JDBC over the database's own catalog, so it needs no change when a migration adds a table.
 */
final class BackupArchive {

    static final String FORMAT = "common-ground-backup/1";
    static final String MANIFEST = "manifest.csv";
    static final String NULL = "\\N";
    static final Set<String> SKIPPED = Set.of("flyway_schema_history", "shedlock");
    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setNullString(NULL).get();

    record TableInfo(String name, List<String> columns, List<Integer> types, long rows) {}

    private BackupArchive() {}

    // ---- writing

    /**
     * Writes the archive: the manifest first (so a restore can check it before reading anything else), then the
     * tables in foreign-key order. Run it in one repeatable-read transaction, so counts and rows agree.
     */
    static List<TableInfo> write(Connection connection, String schemaVersion, Instant created, OutputStream out)
            throws SQLException {
        List<TableInfo> tables = new ArrayList<>();
        for (String table : orderedTables(connection)) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                rows.next();
                tables.add(new TableInfo(
                        table, new ArrayList<>(columnTypes(connection, table).keySet()), List.of(), rows.getLong(1)));
            }
        }
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            CSVPrinter manifest = new CSVPrinter(writer, CSV);
            manifest.printRecord("format", FORMAT);
            manifest.printRecord("schema", schemaVersion);
            manifest.printRecord("created", created.toString());
            for (TableInfo t : tables) {
                manifest.printRecord(
                        "table", t.name(), "tables/" + t.name() + ".csv", t.rows(), String.join(" ", t.columns()));
            }
            manifest.flush();
            zip.closeEntry();
            for (TableInfo t : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + t.name() + ".csv"));
                CSVPrinter printer = new CSVPrinter(writer, CSV);
                long written = writeTable(connection, t.name(), printer).rows();
                printer.flush();
                zip.closeEntry();
                if (written != t.rows()) {
                    throw new IllegalStateException(t.name() + " changed while it was written: run the backup in "
                            + "one repeatable-read transaction");
                }
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static TableInfo writeTable(Connection connection, String table, CSVPrinter printer)
            throws SQLException, IOException {
        List<String> key = primaryKey(connection, table);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            String order = key.isEmpty() ? "" : " order by " + String.join(", ", key);
            try (ResultSet rows = statement.executeQuery("select * from " + table + order)) {
                ResultSetMetaData meta = rows.getMetaData();
                List<String> columns = new ArrayList<>();
                List<Integer> types = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
                    types.add(normalized(meta.getColumnType(c), meta.getColumnTypeName(c)));
                }
                printer.printRecord(columns);
                long count = 0;
                List<String> cells = new ArrayList<>(columns.size());
                while (rows.next()) {
                    cells.clear();
                    for (int c = 1; c <= columns.size(); c++) {
                        cells.add(text(rows, c, types.get(c - 1)));
                    }
                    printer.printRecord(cells);
                    count++;
                }
                return new TableInfo(table, columns, types, count);
            }
        }
    }

    private static String text(ResultSet rows, int c, int type) throws SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> rows.getObject(c, OffsetDateTime.class);
            case Types.TIMESTAMP -> rows.getObject(c, LocalDateTime.class);
            case Types.DATE -> rows.getObject(c, LocalDate.class);
            case Types.TIME -> rows.getObject(c, LocalTime.class);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rows.getBytes(c);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal number = rows.getBigDecimal(c);
                yield number == null ? null : number.toPlainString();
            }
            default -> rows.getObject(c);
        };
        if (value instanceof OffsetDateTime moment) {
            return moment.toInstant().toString();
        }
        return value == null ? null : value.toString();
    }

    // ---- restoring

    /** What a restore wrote: rows per table. */
    record Restored(Map<String, Long> rows) {}

    /**
     * Reads an archive into this database, which must hold the same schema version and no partners or other
     * records (the first administrator and the security log of a fresh instance are replaced). Runs on the
     * caller's connection and transaction: the caller commits, or rolls everything back on any failure.
     */
    static Restored restore(Connection connection, String schemaVersion, InputStream in) throws SQLException {
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry first = nextEntry(zip);
            if (first == null || !first.getName().equals(MANIFEST)) {
                throw InvalidInputException.of(
                        "file", "This is not a Common Ground backup: it does not start with " + "its manifest.");
            }
            Map<String, String> header = new HashMap<>();
            Map<String, CSVRecord> byFile = new LinkedHashMap<>();
            for (CSVRecord record : parse(zip.readAllBytes())) {
                if (record.get(0).equals("table")) {
                    byFile.put(record.get(2), record);
                } else {
                    header.put(record.get(0), record.size() > 1 ? record.get(1) : "");
                }
            }
            if (!FORMAT.equals(header.get("format"))) {
                throw InvalidInputException.of(
                        "file", "This is not a Common Ground backup (format " + header.get("format") + ").");
            }
            if (!schemaVersion.equals(header.get("schema"))) {
                throw InvalidInputException.of(
                        "file",
                        "The backup is of schema version " + header.get("schema")
                                + " and this instance is at " + schemaVersion
                                + ": restore it into an instance of the same "
                                + "version.");
            }
            refuseUnlessEmpty(connection);
            Plan plan = plan(connection);
            List<String> present = plan.order();
            for (CSVRecord t : byFile.values()) {
                if (!present.contains(t.get(1))) {
                    throw InvalidInputException.of(
                            "file", "The backup has a table this instance does not: " + t.get(1));
                }
            }
            // Clear what a fresh instance wrote itself (its first administrator, its security log), children first.
            List<String> reversed = new ArrayList<>(present);
            Collections.reverse(reversed);
            try (Statement statement = connection.createStatement()) {
                for (String table : reversed) {
                    statement.executeUpdate("delete from " + table);
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            List<Object[]> later = new ArrayList<>();
            ZipEntry entry;
            while ((entry = nextEntry(zip)) != null) {
                CSVRecord t = byFile.get(entry.getName());
                if (t == null) {
                    throw InvalidInputException.of(
                            "file", "The backup holds " + entry.getName() + ", which its manifest does not name.");
                }
                long rows = insert(connection, t.get(1), zip, plan.deferred().getOrDefault(t.get(1), Set.of()), later);
                if (rows != Long.parseLong(t.get(3))) {
                    throw InvalidInputException.of(
                            "file",
                            t.get(1) + " holds " + rows + " rows where the manifest " + "says " + t.get(3)
                                    + ": the backup is damaged.");
                }
                counts.put(t.get(1), rows);
            }
            if (counts.size() != byFile.size()) {
                throw InvalidInputException.of("file", "The backup lacks tables its manifest names: it is damaged.");
            }
            fillIn(connection, later);
            moveSequences(connection, present);
            return new Restored(counts);
        } catch (IOException e) {
            throw InvalidInputException.of("file", "The backup could not be read: " + e.getMessage());
        }
    }

    private static ZipEntry nextEntry(ZipInputStream zip) {
        try {
            return zip.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidInputException.of("file", "This file is not a ZIP archive.");
        }
    }

    /** Inserts the rows of one table file, read as they come from the archive (the stream is left open). */
    private static long insert(
            Connection connection, String table, InputStream content, Set<String> deferred, List<Object[]> later)
            throws SQLException {
        Map<String, Integer> types = columnTypes(connection, table);
        int idColumn = -1;
        try {
            CSVParser parser = CSVParser.parse(
                    new InputStreamReader(
                            new FilterInputStream(content) {
                                @Override
                                public void close() {
                                    // the next entry follows in the same archive
                                }
                            },
                            StandardCharsets.UTF_8),
                    CSV);
            var records = parser.iterator();
            if (!records.hasNext()) {
                return 0;
            }
            List<String> columns = records.next().toList();
            for (String column : columns) {
                if (!types.containsKey(column)) {
                    throw InvalidInputException.of("file", table + "." + column + " is not in this instance.");
                }
            }
            idColumn = columns.indexOf("id");
            if (!deferred.isEmpty() && idColumn < 0) {
                throw new IllegalStateException(table + " closes a cycle of keys but has no id column");
            }
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            long count = 0;
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    for (int i = 0; i < columns.size(); i++) {
                        String column = columns.get(i);
                        if (deferred.contains(column) && record.get(i) != null) {
                            // Set once the table it points to is in (see plan).
                            later.add(
                                    new Object[] {table, column, types.get(column), record.get(i), record.get(idColumn)
                                    });
                            bind(insert, i + 1, types.get(column), null);
                        } else {
                            bind(insert, i + 1, types.get(column), record.get(i));
                        }
                    }
                    insert.addBatch();
                    if (++count % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bind(PreparedStatement statement, int index, int type, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE ->
                statement.setObject(index, OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC));
            case Types.TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text));
            case Types.DATE -> statement.setObject(index, LocalDate.parse(text));
            case Types.TIME -> statement.setObject(index, LocalTime.parse(text));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                statement.setBytes(index, Base64.getDecoder().decode(text));
            case Types.BIGINT -> statement.setLong(index, Long.parseLong(text));
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> statement.setInt(index, Integer.parseInt(text));
            case Types.BOOLEAN, Types.BIT -> statement.setBoolean(index, Boolean.parseBoolean(text));
            case Types.NUMERIC, Types.DECIMAL -> statement.setBigDecimal(index, new BigDecimal(text));
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> statement.setDouble(index, Double.parseDouble(text));
            default -> statement.setString(index, text);
        }
    }

    /** The foreign keys left empty to break a cycle, set now that every table is in. */
    private static void fillIn(Connection connection, List<Object[]> later) throws SQLException {
        for (Object[] update : later) {
            try (PreparedStatement statement =
                    connection.prepareStatement("update " + update[0] + " set " + update[1] + " = ? where id = ?")) {
                bind(statement, 1, (Integer) update[2], (String) update[3]);
                statement.setLong(2, Long.parseLong((String) update[4]));
                statement.executeUpdate();
            }
        }
    }

    /** Each {@code <table>_seq} restarts past the table's highest id, so new records never collide. */
    private static void moveSequences(Connection connection, List<String> tables) throws SQLException {
        Set<String> sequences = sequences(connection);
        for (String table : tables) {
            String sequence = table + "_seq";
            if (!sequences.contains(sequence)) {
                continue;
            }
            long max;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rows.next();
                max = rows.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                // Hibernate's pooled ids use the 50 values up to each sequence value: start 100 past the highest.
                statement.execute("alter sequence " + sequence + " restart with " + (max + 100));
            }
        }
    }

    private static void refuseUnlessEmpty(Connection connection) throws SQLException {
        for (String table : List.of(
                "partner",
                "interaction",
                "commitment",
                "shared_mission",
                "meeting_series",
                "community_issue",
                "attestation")) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw InvalidInputException.of(
                            "file",
                            "This instance already holds records (" + table
                                    + "): a backup is restored only into an empty instance.");
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from user_account")) {
            rows.next();
            if (rows.getLong(1) > 1) {
                throw InvalidInputException.of(
                        "file",
                        "This instance already has users besides its first "
                                + "administrator: a backup is restored only into an empty instance.");
            }
        }
    }

    // ---- the catalog

    /** The app's tables, parents before children (every foreign key points to an earlier table). */
    static List<String> orderedTables(Connection connection) throws SQLException {
        return plan(connection).order();
    }

    /**
     * The order to write tables in, and the foreign-key columns to fill in afterwards: where keys form a cycle
     * (a partner's relationship owner is a user; a partner user belongs to a partner), the table whose keys into
     * the cycle are nullable goes first with them empty, and they are set once every table is in.
     */
    record Plan(List<String> order, Map<String, Set<String>> deferred) {}

    static Plan plan(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Set<String> tables = new TreeSet<>();
        try (ResultSet rows = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!SKIPPED.contains(name)) {
                    tables.add(name);
                }
            }
        }
        record Edge(String parent, String column) {}
        Map<String, List<Edge>> edges = new HashMap<>();
        Map<String, Set<String>> nullable = new HashMap<>();
        for (String table : tables) {
            List<Edge> of = new ArrayList<>();
            try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), schema, name(meta, table))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table) && tables.contains(parent)) {
                        of.add(new Edge(parent, keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
                    }
                }
            }
            edges.put(table, of);
            Set<String> optional = new HashSet<>();
            String escape = meta.getSearchStringEscape();
            String pattern = name(meta, table).replace("_", escape + "_").replace("%", escape + "%");
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), schema, pattern, "%")) {
                while (columns.next()) {
                    if (columns.getInt("NULLABLE") == DatabaseMetaData.columnNullable) {
                        optional.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            nullable.put(table, optional);
        }
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        Map<String, Set<String>> deferred = new HashMap<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                if (!ordered.contains(table) && edges.get(table).stream().allMatch(e -> ordered.contains(e.parent()))) {
                    ordered.add(table);
                    progress = true;
                }
            }
            if (progress) {
                continue;
            }
            // A cycle: take the first table whose keys to the tables still waiting can all be left empty for now.
            String breaker = null;
            for (String table : tables) {
                if (!ordered.contains(table)
                        && edges.get(table).stream()
                                .filter(e -> !ordered.contains(e.parent()))
                                .allMatch(e -> nullable.get(table).contains(e.column()))) {
                    breaker = table;
                    break;
                }
            }
            if (breaker == null) {
                throw new IllegalStateException("Foreign keys form a cycle of required columns among " + tables);
            }
            String chosen = breaker;
            Set<String> later = deferred.computeIfAbsent(chosen, t -> new TreeSet<>());
            edges.get(chosen).stream()
                    .filter(e -> !ordered.contains(e.parent()))
                    .forEach(e -> later.add(e.column()));
            ordered.add(chosen);
        }
        return new Plan(List.copyOf(ordered), deferred);
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<Integer, String> byPosition = new TreeMap<>();
        try (ResultSet keys = meta.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), name(meta, table))) {
            while (keys.next()) {
                byPosition.put(
                        keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        if (byPosition.isEmpty()) {
            // No primary key (link tables): order by every column, so two backups of the same data are equal.
            return new ArrayList<>(columnTypes(connection, table).keySet());
        }
        return new ArrayList<>(byPosition.values());
    }

    private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Integer> types = new LinkedHashMap<>();
        String escape = meta.getSearchStringEscape();
        String pattern = name(meta, table).replace("_", escape + "_").replace("%", escape + "%");
        try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), pattern, "%")) {
            while (columns.next()) {
                types.put(
                        columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        normalized(columns.getInt("DATA_TYPE"), columns.getString("TYPE_NAME")));
            }
        }
        return types;
    }

    /** PostgreSQL's driver reports {@code timestamptz} as a plain TIMESTAMP; it holds a moment, like H2's. */
    private static int normalized(int type, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return type == Types.TIMESTAMP && (name.equals("timestamptz") || name.contains("with time zone"))
                ? Types.TIMESTAMP_WITH_TIMEZONE
                : type;
    }

    private static Set<String> sequences(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        // The standard catalog view, which both H2 2 and PostgreSQL have (H2's JDBC metadata lists no sequences).
        try (PreparedStatement query = connection.prepareStatement("select sequence_name from "
                + "information_schema.sequences where lower(sequence_schema) = lower(?)")) {
            query.setString(1, connection.getSchema());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /** The catalog's spelling of a name: H2 keeps unquoted names in upper case, PostgreSQL in lower. */
    private static String name(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    private static List<CSVRecord> parse(byte[] content) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            return CSV.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
