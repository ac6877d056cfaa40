package org.commonground.dataimport;

import static org.commonground.dataimport.ImportValues.nz;
import static org.commonground.dataimport.ImportValues.split;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.interaction.Initiator;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.Theme;
import org.commonground.partner.PartnerKey;
import org.jspecify.annotations.Nullable;

/**
 * Interaction rows, always new: date in the file's date order (asked, never guessed, when 03/04 could be either),
 * time and zone (the library's unless given), kind and initiator with everyday aliases, partners by name or
 * external id, themes. The interaction feature's rules run over all rows at once.
 */
final class InteractionRowPlanner implements RowPlanner {

    private static final Map<String, Initiator> INITIATOR_ALIASES = Map.of(
            "library", Initiator.LIBRARY,
            "partner", Initiator.PARTNER,
            "us", Initiator.LIBRARY,
            "them", Initiator.PARTNER);

    private final ImportTargets targets;
    private final ZoneId libraryZone;

    InteractionRowPlanner(ImportTargets targets, ZoneId libraryZone) {
        this.targets = targets;
        this.libraryZone = libraryZone;
    }

    /** A row read into a form, with the cells that explain its problems and where it stands in the plan. */
    private record Read(ImportRow cells, InteractionForm form, int at) {}

    @Override
    public Plan plan(CsvFile file, ColumnMapping mapping, ImportOptions options, List<String> columns) {
        PartnerIndex index = new PartnerIndex(targets.partnerKeys());
        DateOrder order = options.dateOrder();
        boolean dateOrderNeeded = false;
        if (order == null) {
            List<String> dates = new ArrayList<>();
            int dateColumn = mapping.column("date");
            file.rows().forEach(r -> dates.add(r.value(dateColumn)));
            DateOrder.Detection detection = DateOrder.detect(dates);
            order = detection.order();
            dateOrderNeeded = detection.ambiguous();
        }
        List<Plan.Planned> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        List<Read> read = new ArrayList<>();
        for (CsvFile.Row row : file.rows()) {
            ImportRow cells = new ImportRow(ImportKind.INTERACTIONS, file, mapping, row);
            if (!cells.aligned()) {
                rows.add(cells.reject(problems, columns.size()));
                continue;
            }
            InteractionForm form = new InteractionForm();
            form.setTimeZone(libraryZone);
            readWhen(cells, form, order);
            readWhat(cells, form);
            List<String> partnerNames = readPartners(cells, form, index);
            read.add(new Read(cells, form, rows.size()));
            rows.add(new Plan.Planned(row.line(), RowAction.NEW, shown(cells, form, partnerNames), form, null, null));
        }
        Map<Integer, Map<String, String>> invalid =
                targets.validateInteractions(read.stream().map(Read::form).toList());
        for (int i = 0; i < read.size(); i++) {
            ImportRow cells = read.get(i).cells();
            Map<String, String> messages = invalid.get(i);
            if (messages != null) {
                cells.problems(inFileTerms(messages, mapping));
            }
            if (cells.failed()) {
                int at = read.get(i).at();
                Plan.Planned planned = rows.get(at);
                rows.set(at, new Plan.Planned(planned.line(), RowAction.REJECTED, planned.shown(), null, null, null));
                problems.addAll(cells.rowProblems());
            }
        }
        problems.sort(Comparator.comparingInt(RowProblem::line));
        return new Plan(ImportKind.INTERACTIONS, columns, rows, problems, dateOrderNeeded, List.of());
    }

    private static void readWhen(ImportRow cells, InteractionForm form, @Nullable DateOrder order) {
        String date = cells.get("date");
        if (date != null) {
            Optional<LocalDate> parsed = DateOrder.parse(date, order);
            if (parsed.isPresent()) {
                form.setDate(parsed.get());
            } else if (order == null && DateOrder.isDayMonth(date)) {
                cells.problem(
                        "date", "“" + date + "” could be day/month or month/day: choose the file's date format above.");
            } else {
                cells.problem(
                        "date",
                        "“" + date + "” is not a date in the format "
                                + (order == null ? DateOrder.YEAR_MONTH_DAY : order).label() + ".");
            }
        }
        String time = cells.get("time");
        if (time == null) {
            form.setTime(LocalTime.NOON);
        } else {
            LocalTime parsed = ImportValues.time(time);
            if (parsed == null) {
                cells.problem("time", "“" + time + "” is not a time; write it like 14:30 or 2:30 PM.");
            } else {
                form.setTime(parsed);
            }
        }
        String zone = cells.get("timeZone");
        if (zone != null) {
            try {
                form.setTimeZone(ZoneId.of(zone));
            } catch (DateTimeException e) {
                cells.problem("timeZone", "“" + zone + "” is not a time zone; write it like America/Chicago.");
            }
        }
    }

    private static void readWhat(ImportRow cells, InteractionForm form) {
        InteractionKind kind = cells.choice(
                "kind", InteractionKind.values(), InteractionKind::label, Map.of(), "a kind of interaction");
        form.setKind(kind != null ? kind : cells.get("kind") == null ? InteractionKind.MEETING : null);
        Initiator initiator = cells.choice(
                "initiatedBy",
                Initiator.values(),
                Initiator::label,
                INITIATOR_ALIASES,
                "who initiated it (library or partner)");
        form.setInitiatedBy(
                initiator != null ? initiator : cells.get("initiatedBy") == null ? Initiator.LIBRARY : null);
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        for (String theme : split(cells.get("themes"))) {
            Choices.parse(theme, Theme.values(), Theme::label, Map.of())
                    .ifPresentOrElse(
                            themes::add,
                            () -> cells.problem(
                                    "themes",
                                    "“" + theme + "” is not a theme. Use " + Choices.list(Theme.values(), Theme::label)
                                            + "."));
        }
        form.setThemes(themes);
        form.setNotes(cells.get("notes"));
    }

    /** Sets the form's partners; returns their names in the order the file gives them. */
    private static List<String> readPartners(ImportRow cells, InteractionForm form, PartnerIndex index) {
        Set<Long> partnerIds = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (String ext : split(cells.get("partnerExternalIds"))) {
            PartnerKey key = index.byExternal(ext);
            if (key == null) {
                cells.problem("partnerExternalIds", "No partner has the external id “" + ext + "”.");
            } else if (partnerIds.add(key.id())) {
                names.add(key.name());
            }
        }
        for (String name : split(cells.get("partnerIds"))) {
            PartnerKey key = index.byName(cells, "partnerIds", name);
            if (key != null && partnerIds.add(key.id())) {
                names.add(key.name());
            }
        }
        form.setPartnerIds(partnerIds);
        return names;
    }

    /** The interaction rules name the form's fields; a row's problems name the file's columns. */
    private static Map<String, String> inFileTerms(Map<String, String> messages, ColumnMapping mapping) {
        Map<String, String> renamed = new LinkedHashMap<>();
        messages.forEach((field, message) -> renamed.putIfAbsent(
                switch (field) {
                    case "partnerIds" -> mapping.has("partnerIds") ? "partnerIds" : "partnerExternalIds";
                    case "topics" -> "themes";
                    default -> field;
                },
                message));
        return renamed;
    }

    private static List<String> shown(ImportRow cells, InteractionForm form, List<String> partnerNames) {
        return List.of(
                form.getDate() == null ? nz(cells.get("date")) : form.getDate().toString(),
                form.getTime() == null ? nz(cells.get("time")) : form.getTime().toString(),
                form.getTimeZone() == null
                        ? nz(cells.get("timeZone"))
                        : form.getTimeZone().getId(),
                form.getKind() == null ? nz(cells.get("kind")) : form.getKind().label(),
                form.getInitiatedBy() == null
                        ? nz(cells.get("initiatedBy"))
                        : form.getInitiatedBy().label(),
                String.join("; ", partnerNames),
                "",
                form.getThemes().stream()
                        .map(Theme::label)
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(""),
                nz(form.getNotes()));
    }
}
