package org.commonground.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an export as CSV the way spreadsheets read it well: UTF-8 with a byte-order mark (so Excel shows
 * names with accents right), comma-separated, RFC 4180 quoting (Commons CSV), CRLF line ends. A text cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with
 * {@code '} so a spreadsheet shows it as text instead of running it as a formula. Rows are written as they
 * come, so an export of any size needs only the memory of the rows being written.
 */
public final class CsvExport implements AutoCloseable {

    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    private static final char BOM = '\uFEFF';

    private final CSVPrinter printer;
    private long rows;

    private CsvExport(Writer writer, List<String> header) throws IOException {
        writer.write(BOM);
        this.printer = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get());
    }

    /** Starts an export on the stream, writing the BOM and the header row. */
    public static CsvExport to(OutputStream out, List<String> header) {
        try {
            return new CsvExport(new OutputStreamWriter(out, StandardCharsets.UTF_8), header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; each value becomes a cell ({@link #cell}). */
    public void row(Object... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (Object value : values) {
            cells.add(cell(value));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    public long rows() {
        return rows;
    }

    /**
     * A value as a cell: nothing for null, a collection joined with "; ", numbers plain, and any text that a
     * spreadsheet would run as a formula neutralized.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            return neutralize(values.stream().map(String::valueOf).collect(Collectors.joining("; ")));
        }
        return neutralize(value.toString());
    }

    /** Text starting with = + - @ tab or carriage return gets a leading apostrophe. */
    public static String neutralize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes what is written so far to the client. */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
