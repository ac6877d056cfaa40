package org.commonground.dataimport;

/** Why a row cannot be imported: the file's line, the column (its header, or the field when not in the file) and the reason. */
public record RowProblem(int line, String column, String message) {}
