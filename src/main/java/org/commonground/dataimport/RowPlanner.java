package org.commonground.dataimport;

import java.util.List;

/** Plans the rows of one import kind: each row becomes a form for the feature's service, or a named problem. */
interface RowPlanner {

    Plan plan(CsvFile file, ColumnMapping mapping, ImportOptions options, List<String> columns);
}
