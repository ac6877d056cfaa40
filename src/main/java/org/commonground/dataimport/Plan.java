package org.commonground.dataimport;

import java.util.List;

/** What an import will do, row by row, worked out against the database as it is now. */
record Plan(
        ImportKind kind,
        List<String> columns,
        List<Planned> rows,
        List<RowProblem> problems,
        boolean dateOrderNeeded,
        List<String> mappingProblems) {

    /** One row: its action, its values as they will be saved, and what the service gets. */
    record Planned(int line, RowAction action, List<String> shown, Object form, Long targetId, Long partnerId) {}

    long count(RowAction action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    ImportPreview preview() {
        List<ImportPreview.Row> first = rows.stream()
                .limit(ImportPreview.PREVIEW_ROWS)
                .map(r -> new ImportPreview.Row(r.line(), r.action(), r.shown()))
                .toList();
        return new ImportPreview(
                kind,
                rows.size(),
                (int) count(RowAction.NEW),
                (int) count(RowAction.UPDATE),
                (int) count(RowAction.ALREADY_PRESENT),
                (int) count(RowAction.REJECTED),
                columns,
                first,
                problems,
                dateOrderNeeded,
                mappingProblems);
    }
}
