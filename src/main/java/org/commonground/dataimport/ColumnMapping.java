package org.commonground.dataimport;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which column of the file (by its position in the header) fills which field; fields not in it stay unmapped. */
public record ColumnMapping(Map<String, Integer> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    public static ColumnMapping none() {
        return new ColumnMapping(Map.of());
    }

    /** -1 when the field has no column. */
    public int column(String field) {
        return columns.getOrDefault(field, -1);
    }

    public boolean has(String field) {
        return columns.containsKey(field);
    }

    public ColumnMapping with(String field, Integer column) {
        Map<String, Integer> copy = new LinkedHashMap<>(columns);
        if (column == null || column < 0) {
            copy.remove(field);
        } else {
            copy.put(field, column);
        }
        return new ColumnMapping(copy);
    }

    /** Headers matched by name: a remembered header first, then the field's own names. Each column used once. */
    static ColumnMapping guess(ImportKind kind, List<String> headers, Map<String, String> remembered) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (ImportField field : kind.fields()) {
            String header = remembered.get(field.key());
            if (header != null) {
                int at = headers.indexOf(header);
                if (at >= 0 && used.add(at)) {
                    columns.put(field.key(), at);
                }
            }
        }
        for (ImportField field : kind.fields()) {
            if (columns.containsKey(field.key())) {
                continue;
            }
            for (int i = 0; i < headers.size(); i++) {
                if (!used.contains(i)
                                && ImportField.normalize(headers.get(i)).equals(ImportField.normalize(field.key()))
                        || !used.contains(i)
                                && ImportField.normalize(headers.get(i)).equals(ImportField.normalize(field.label()))) {
                    columns.put(field.key(), i);
                    used.add(i);
                    break;
                }
            }
        }
        for (ImportField field : kind.fields()) {
            if (columns.containsKey(field.key())) {
                continue;
            }
            for (int i = 0; i < headers.size(); i++) {
                if (!used.contains(i) && field.matches(headers.get(i))) {
                    columns.put(field.key(), i);
                    used.add(i);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }
}
