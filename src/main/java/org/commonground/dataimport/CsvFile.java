package org.commonground.dataimport;

import java.util.List;

/**
 * A CSV file as read: its file name, the encoding and delimiter it was read with, the header's column names
 * and the rows below it, each with the line of the file it starts on (the header is line 1).
 */
public record CsvFile(String fileName, String encoding, char delimiter, List<String> headers, List<Row> rows) {

    public CsvFile {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** A row of values and the line it starts on (a quoted value may span several lines). */
    public record Row(int line, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        public String value(int column) {
            return column >= 0 && column < values.size() ? values.get(column) : null;
        }
    }

    /** "semicolon" or "comma", for messages. */
    public String delimiterName() {
        return delimiter == ';' ? "semicolon" : delimiter == '\t' ? "tab" : "comma";
    }
}
