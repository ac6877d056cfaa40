package org.commonground.dataimport;

import java.util.List;

/** What an import did; when {@code nothingImported} the database is as it was before. */
public record ImportResult(
        ImportKind kind,
        int created,
        int updated,
        int alreadyPresent,
        List<RowProblem> rejected,
        boolean nothingImported) {

    public int rejectedRows() {
        return (int) rejected.stream().mapToInt(RowProblem::line).distinct().count();
    }
}
