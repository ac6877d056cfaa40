package org.commonground.dataimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonground.shared.InvalidInputException;

/**
 * Reads an uploaded file as CSV, refusing what is not one with a message a person can act on: too large (the
 * limit named), binary or a spreadsheet workbook, not valid UTF-8 (the line and the byte named; the user may
 * choose Windows-1252 or ISO-8859-1 instead — names are never guessed into mojibake), no columns, or
 * columns that do not line up. Comma or semicolon is detected from the header line; quoted values may hold
 * delimiters, quotes and line breaks (Commons CSV). A UTF-8 byte-order mark is dropped.
 */
final class CsvReading {

    /** The field of the message when the encoding is the problem: the upload step then offers the choice. */
    static final String ENCODING = "encoding";

    static final String FILE = "file";

    private CsvReading() {}

    static CsvFile read(String fileName, byte[] bytes, Charset charset, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length, maxBytes);
        }
        if (bytes.length == 0) {
            throw refused("The file is empty. Upload a CSV file with a header line and at least one row.");
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw refused("This is not a CSV file: it is a packed file such as an Excel workbook (.xlsx). In your "
                    + "spreadsheet, choose Save as… “CSV UTF-8 (comma delimited)” and upload that file.");
        }
        if (bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new InvalidInputException(
                    Map.of(
                            ENCODING,
                            "The file is in UTF-16 (“Unicode text”), which "
                                    + "the import does not read. Save it as “CSV UTF-8” and upload it again; nothing was imported."));
        }
        int binaryAt = firstBinaryByte(bytes);
        if (binaryAt >= 0) {
            throw refused(
                    "This is not a CSV file: it holds binary data (line " + lineAt(bytes, binaryAt)
                            + "). Upload a text file of comma- or semicolon-separated values, saved as CSV from a spreadsheet.");
        }
        Charset encoding = charset == null ? StandardCharsets.UTF_8 : charset;
        int start = 0;
        if (encoding.equals(StandardCharsets.UTF_8)) {
            if (bytes.length >= 3
                    && (bytes[0] & 0xFF) == 0xEF
                    && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF) {
                start = 3;
            }
            int bad = firstInvalidUtf8(bytes, start);
            if (bad >= 0) {
                throw new InvalidInputException(Map.of(
                        ENCODING,
                        "The file is not valid UTF-8: line "
                                + lineAt(bytes, bad) + " has the byte 0x"
                                + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF)
                                + ", which UTF-8 does not allow there. The file was probably saved as Windows-1252 or "
                                + "ISO-8859-1 (Latin-1). Save it as “CSV UTF-8”, or choose the file's encoding and read it again; "
                                + "nothing was imported."));
            }
        }
        String text = new String(bytes, start, bytes.length - start, encoding);
        char delimiter = delimiter(text);
        int[] lineStarts = lineStarts(text);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>(record.size());
                record.forEach(values::add);
                if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                records.add(values);
                lines.add(lineOf(lineStarts, record.getCharacterPosition()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused("The file is not well-formed CSV (" + firstLine(e.getMessage()) + "). A quoted value may be "
                    + "missing its closing quote. Check the file in a spreadsheet and save it as CSV again.");
        }
        if (records.isEmpty()) {
            throw refused("The file is empty. Upload a CSV file with a header line and at least one row.");
        }
        List<String> headers = new ArrayList<>();
        List<String> headerValues = records.getFirst();
        for (int i = 0; i < headerValues.size(); i++) {
            String h = headerValues.get(i) == null ? "" : headerValues.get(i).strip();
            headers.add(h.isEmpty() ? "Column " + (i + 1) : h);
        }
        if (headers.size() < 2) {
            throw refused("This does not look like a CSV file: its first line has no commas or semicolons, so there "
                    + "are no columns to map. A CSV file starts with a header line such as “name,kind,website”.");
        }
        List<CsvFile.Row> rows = new ArrayList<>();
        int misaligned = 0;
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).size() != headers.size()) {
                misaligned++;
            }
            rows.add(new CsvFile.Row(lines.get(i), records.get(i)));
        }
        if (rows.isEmpty()) {
            throw refused("The file has a header line but no rows below it: there is nothing to import.");
        }
        if (rows.size() >= 2 && misaligned * 2 > rows.size()) {
            throw refused("This does not look like a CSV file: " + misaligned + " of " + rows.size() + " rows do not "
                    + "have the header's " + headers.size() + " columns. Check that it was saved as CSV, with the same "
                    + "columns on every line.");
        }
        return new CsvFile(fileName, encoding.name(), delimiter, headers, rows);
    }

    static InvalidInputException tooLarge(long size, long maxBytes) {
        return refused(
                "The file is " + megabytes(size) + "; imports are limited to " + megabytes(maxBytes)
                        + " (setting commonground.import.max-bytes). Split the file, or ask your administrator to raise the limit.");
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 || mb == Math.rint(mb)
                ? String.format(Locale.US, "%.0f MB", mb)
                : String.format(Locale.US, "%.1f MB", mb);
    }

    private static InvalidInputException refused(String message) {
        return InvalidInputException.of(FILE, message);
    }

    /** Comma or semicolon, whichever the header line (outside quotes) has more of; a tab when it has only tabs. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas) {
            return ';';
        }
        return commas == 0 && tabs > 0 ? '\t' : ',';
    }

    /** A NUL, or a control character other than tab, line feed, carriage return and form feed. */
    private static int firstBinaryByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 || b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return i;
            }
        }
        return -1;
    }

    /** The offset of the first byte that breaks UTF-8 (bad lead byte, missing continuation, overlong, surrogate). */
    static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return i;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
                cp = cp << 6 | (b[i + k] & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return i;
            }
            i += n + 1;
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
