package org.commonground.dataimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.commonground.shared.Texts;
import org.jspecify.annotations.Nullable;

/** The cells of one row by field, and its problems by field (first message per field wins). */
final class ImportRow {

    /** The column named for a problem that belongs to no one field. */
    static final String WHOLE_ROW = "(whole row)";

    private final ImportKind kind;
    private final CsvFile file;
    final ColumnMapping mapping;
    private final CsvFile.Row row;
    private final Map<String, String> problems = new LinkedHashMap<>();

    ImportRow(ImportKind kind, CsvFile file, ColumnMapping mapping, CsvFile.Row row) {
        this.kind = kind;
        this.file = file;
        this.mapping = mapping;
        this.row = row;
    }

    boolean aligned() {
        return row.values().size() == file.headers().size();
    }

    Plan.Planned reject(List<RowProblem> all, int width) {
        all.add(new RowProblem(
                row.line(),
                WHOLE_ROW,
                "This row has " + row.values().size() + " values but the header "
                        + "has " + file.headers().size() + " columns; a value may hold a " + file.delimiterName()
                        + " without quotes around it."));
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            shown.add("");
        }
        return new Plan.Planned(row.line(), RowAction.REJECTED, shown, null, null, null);
    }

    @Nullable
    String get(String field) {
        int column = mapping.column(field);
        return column < 0 ? null : Texts.clean(row.value(column));
    }

    void set(String field, RowAction action, Consumer<@Nullable String> setter) {
        if (mapping.has(field) || action != RowAction.UPDATE) {
            setter.accept(get(field));
        }
    }

    <E extends Enum<E>> @Nullable E choice(
            String field, E[] values, Function<E, String> label, Map<String, E> aliases, String what) {
        String text = get(field);
        if (text == null) {
            return null;
        }
        Optional<E> parsed = Choices.parse(text, values, label, aliases);
        if (parsed.isEmpty()) {
            problem(field, "“" + text + "” is not " + what + ". Use " + Choices.list(values, label) + ".");
        }
        return parsed.orElse(null);
    }

    void problem(String field, String message) {
        problems.putIfAbsent(field, message);
    }

    void problems(Map<String, String> messages) {
        messages.forEach(this::problem);
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    List<RowProblem> rowProblems() {
        List<RowProblem> list = new ArrayList<>();
        problems.forEach((field, message) -> list.add(new RowProblem(row.line(), column(field), message)));
        return list;
    }

    private String column(String field) {
        int column = mapping.column(field);
        if (column >= 0) {
            return file.headers().get(column);
        }
        return kind.fields().stream()
                .filter(f -> f.key().equals(field))
                .findFirst()
                .map(f -> f.label() + " (not in the file)")
                .orElse(WHOLE_ROW);
    }
}
