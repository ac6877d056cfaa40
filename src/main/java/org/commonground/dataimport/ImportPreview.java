package org.commonground.dataimport;

import java.util.List;

/**
 * What an import would do: counts, the first rows as they will be saved (field labels as columns), every bad
 * row with its line, column and reason, and whether the date order must be chosen first.
 */
public record ImportPreview(
        ImportKind kind,
        int total,
        int created,
        int updated,
        int alreadyPresent,
        int rejected,
        List<String> columns,
        List<Row> firstRows,
        List<RowProblem> problems,
        boolean dateOrderNeeded,
        List<String> mappingProblems) {

    public static final int PREVIEW_ROWS = 20;

    public record Row(int line, RowAction action, List<String> values) {}

    /** Rows that can be imported (new, updates, already present). */
    public int valid() {
        return total - rejected;
    }

    public boolean canImport() {
        return mappingProblems.isEmpty() && !dateOrderNeeded;
    }
}
