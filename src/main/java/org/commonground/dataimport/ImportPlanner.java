package org.commonground.dataimport;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of a file into the forms the feature services take, and checks each with the service's own
 * rules (so an import and a form refuse the same things with the same words), naming the line and the column
 * of every problem: one {@link RowPlanner} per import kind.
 */
final class ImportPlanner {

    private final Map<ImportKind, RowPlanner> planners = new EnumMap<>(ImportKind.class);

    ImportPlanner(ImportTargets targets, ZoneId libraryZone) {
        planners.put(ImportKind.PARTNERS, new PartnerRowPlanner(targets));
        planners.put(ImportKind.CONTACTS, new ContactRowPlanner(targets));
        planners.put(ImportKind.INTERACTIONS, new InteractionRowPlanner(targets, libraryZone));
    }

    Plan plan(ImportKind kind, CsvFile file, ColumnMapping mapping, ImportOptions options) {
        List<String> mappingProblems = mappingProblems(kind, mapping);
        List<String> columns = kind.fields().stream().map(ImportField::label).toList();
        if (!mappingProblems.isEmpty()) {
            return new Plan(kind, columns, List.of(), List.of(), false, mappingProblems);
        }
        return planners.get(kind).plan(file, mapping, options, columns);
    }

    static List<String> mappingProblems(ImportKind kind, ColumnMapping mapping) {
        List<String> problems = new ArrayList<>();
        for (ImportField field : kind.fields()) {
            if (field.required() && !mapping.has(field.key())) {
                problems.add("Choose the column that holds “" + field.label() + "”.");
            }
        }
        if (kind == ImportKind.CONTACTS && !mapping.has("partnerName") && !mapping.has("partnerExternalId")) {
            problems.add(
                    "Choose the column that names each contact's partner: “Partner name” or “Partner external id”.");
        }
        if (kind == ImportKind.INTERACTIONS && !mapping.has("partnerIds") && !mapping.has("partnerExternalIds")) {
            problems.add("Choose the column that names the partners of each interaction: “Partners” or "
                    + "“Partner external ids”.");
        }
        Map<Integer, String> byColumn = new HashMap<>();
        mapping.columns().forEach((field, column) -> {
            String other = byColumn.putIfAbsent(column, field);
            if (other != null) {
                problems.add("One column fills both “" + kind.field(other).label() + "” and “"
                        + kind.field(field).label() + "”; choose a column for each.");
            }
        });
        return problems;
    }
}
