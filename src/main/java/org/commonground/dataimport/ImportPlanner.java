package org.commonground.dataimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.interaction.Initiator;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.Theme;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.ContactForm;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKey;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.Texts;

/**
 * Turns the rows of a file into the forms the feature services take, and checks each with the service's own
 * rules (so an import and a form refuse the same things with the same words), naming the line and the column
 * of every problem. Partners are matched by external id, else by name and kind; contacts by partner and name.
 */
final class ImportPlanner {

    private static final String ROW = "(whole row)";
    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?\\s*(?:([AaPp])\\.?[Mm]\\.?)?");

    private final PartnerService partners;
    private final InteractionService interactions;
    private final ZoneId libraryZone;

    ImportPlanner(PartnerService partners, InteractionService interactions, ZoneId libraryZone) {
        this.partners = partners;
        this.interactions = interactions;
        this.libraryZone = libraryZone;
    }

    Plan plan(ImportKind kind, CsvFile file, ColumnMapping mapping, ImportOptions options) {
        List<String> mappingProblems = mappingProblems(kind, mapping);
        List<String> columns = kind.fields().stream().map(ImportField::label).toList();
        if (!mappingProblems.isEmpty()) {
            return new Plan(kind, columns, List.of(), List.of(), false, mappingProblems);
        }
        return switch (kind) {
            case PARTNERS -> partners(file, mapping, options, columns);
            case CONTACTS -> contacts(file, mapping, options, columns);
            case INTERACTIONS -> interactions(file, mapping, options, columns);
        };
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

    // ---- partners

    private Plan partners(CsvFile file, ColumnMapping mapping, ImportOptions options, List<String> columns) {
        List<PartnerKey> keys = partners.importKeys();
        Map<String, PartnerKey> byExternal = new HashMap<>();
        Map<String, PartnerKey> byNameAndKind = new HashMap<>();
        for (PartnerKey key : keys) {
            if (key.externalId() != null) {
                byExternal.put(key.externalId(), key);
            }
            byNameAndKind.putIfAbsent(key.nameKey() + "|" + key.kind(), key);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Plan.Planned> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (CsvFile.Row row : file.rows()) {
            Cells cells = new Cells(ImportKind.PARTNERS, file, mapping, row);
            if (!cells.aligned()) {
                rows.add(cells.reject(problems, columns.size()));
                continue;
            }
            PartnerKind kind = cells.choice(
                    "kind",
                    PartnerKind.values(),
                    PartnerKind::label,
                    Map.of(
                            "government",
                            PartnerKind.GOVERNMENT,
                            "dei",
                            PartnerKind.DEI_ORGANIZATION,
                            "science",
                            PartnerKind.SCIENCE_LEADER),
                    "a partner kind");
            GovernmentKind body = cells.choice(
                    "governmentKind",
                    GovernmentKind.values(),
                    GovernmentKind::label,
                    Map.of("executive", GovernmentKind.EXECUTIVE, "other", GovernmentKind.OTHER),
                    "a government body");
            PartnerStatus status =
                    cells.choice("status", PartnerStatus.values(), PartnerStatus::label, Map.of(), "a status");
            String externalId = cells.get("externalId");
            String name = cells.get("name");
            PartnerKey existing = externalId != null ? byExternal.get(externalId) : null;
            if (existing == null && name != null && kind != null) {
                PartnerKey sameName = byNameAndKind.get(Texts.key(name) + "|" + kind);
                if (sameName != null && (externalId == null || sameName.externalId() == null)) {
                    existing = sameName;
                }
            }
            RowAction action = existing == null
                    ? RowAction.NEW
                    : options.updateExisting() ? RowAction.UPDATE : RowAction.ALREADY_PRESENT;
            PartnerForm form = action == RowAction.UPDATE ? partners.formFor(existing.id()) : new PartnerForm();
            if (action != RowAction.UPDATE || mapping.has("name")) {
                form.setName(name);
            }
            if (action != RowAction.UPDATE || mapping.has("kind")) {
                form.setKind(kind);
            }
            if (mapping.has("governmentKind") || action != RowAction.UPDATE) {
                form.setGovernmentKind(body);
            }
            if (status != null) {
                form.setStatus(status);
            } else if (action != RowAction.UPDATE) {
                form.setStatus(PartnerStatus.ACTIVE);
            }
            cells.set("missionAndGoals", action, form::setMissionAndGoals);
            cells.set("communitiesServed", action, form::setCommunitiesServed);
            cells.set("website", action, form::setWebsite);
            if (externalId != null) {
                form.setExternalId(externalId);
            }
            String identity = externalId != null ? "id:" + externalId : Texts.key(name) + "|" + kind;
            if (name != null && kind != null) {
                Integer earlier = seen.putIfAbsent(identity, row.line());
                if (earlier != null) {
                    cells.problem(
                            externalId != null ? "externalId" : "name",
                            "The same partner as line " + earlier + "; a file names each partner once.");
                }
            }
            if (kind != null && kind != PartnerKind.GOVERNMENT && body != null) {
                cells.problem(
                        "governmentKind",
                        "Only local government partners have a government body; leave it " + "empty for “"
                                + kind.label() + "”.");
            }
            try {
                partners.validate(form);
            } catch (InvalidInputException e) {
                cells.problems(e.fieldMessages());
            }
            List<String> shown = List.of(
                    nz(form.getExternalId()),
                    nz(Texts.clean(form.getName())),
                    form.getKind() == null ? "" : form.getKind().label(),
                    form.getKind() == PartnerKind.GOVERNMENT && form.getGovernmentKind() != null
                            ? form.getGovernmentKind().label()
                            : "",
                    form.getStatus() == null ? "" : form.getStatus().label(),
                    nz(form.getMissionAndGoals()),
                    nz(form.getCommunitiesServed()),
                    nz(form.getWebsite()));
            if (cells.failed()) {
                problems.addAll(cells.rowProblems());
                rows.add(new Plan.Planned(row.line(), RowAction.REJECTED, shown, null, null, null));
            } else {
                rows.add(new Plan.Planned(
                        row.line(), action, shown, form, existing == null ? null : existing.id(), null));
            }
        }
        return new Plan(ImportKind.PARTNERS, columns, rows, problems, false, List.of());
    }

    // ---- contacts

    private Plan contacts(CsvFile file, ColumnMapping mapping, ImportOptions options, List<String> columns) {
        PartnerIndex index = new PartnerIndex(partners.importKeys());
        List<Plan.Planned> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<Long, Map<String, ContactDetails>> existingContacts = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        record Pending(Cells cells, CsvFile.Row row, PartnerKey partner) {}
        List<Pending> pending = new ArrayList<>();
        Set<Long> partnerIds = new LinkedHashSet<>();
        for (CsvFile.Row row : file.rows()) {
            Cells cells = new Cells(ImportKind.CONTACTS, file, mapping, row);
            PartnerKey partner = null;
            if (cells.aligned()) {
                partner = index.resolve(cells, "partnerExternalId", "partnerName");
                if (partner != null) {
                    partnerIds.add(partner.id());
                }
            }
            pending.add(new Pending(cells, row, partner));
        }
        for (ContactDetails c : partners.contactsOf(partnerIds)) {
            existingContacts
                    .computeIfAbsent(c.partnerId(), k -> new HashMap<>())
                    .putIfAbsent(Texts.key(c.fullName()), c);
        }
        for (Pending p : pending) {
            Cells cells = p.cells();
            if (!cells.aligned()) {
                rows.add(cells.reject(problems, columns.size()));
                continue;
            }
            String fullName = cells.get("fullName");
            ContactDetails existing = p.partner() == null || fullName == null
                    ? null
                    : existingContacts.getOrDefault(p.partner().id(), Map.of()).get(Texts.key(fullName));
            RowAction action = existing == null
                    ? RowAction.NEW
                    : options.updateExisting() ? RowAction.UPDATE : RowAction.ALREADY_PRESENT;
            ContactForm form = new ContactForm();
            if (action == RowAction.UPDATE) {
                form.setFullName(existing.fullName());
                form.setTitle(existing.title());
                form.setEmail(existing.email());
                form.setPhone(existing.phone());
                form.setNotes(existing.notes());
                form.setVersion(existing.version());
            }
            cells.set("fullName", action, form::setFullName);
            cells.set("title", action, form::setTitle);
            cells.set("email", action, form::setEmail);
            cells.set("phone", action, form::setPhone);
            cells.set("notes", action, form::setNotes);
            if (p.partner() != null && fullName != null) {
                Integer earlier = seen.putIfAbsent(
                        p.partner().id() + "|" + Texts.key(fullName), p.row().line());
                if (earlier != null) {
                    cells.problem(
                            "fullName", "The same contact as line " + earlier + "; a file names each person once.");
                }
            }
            try {
                partners.validateContact(form);
            } catch (InvalidInputException e) {
                cells.problems(e.fieldMessages());
            }
            List<String> shown = List.of(
                    p.partner() == null
                            ? nz(cells.get("partnerExternalId"))
                            : nz(p.partner().externalId()),
                    p.partner() == null
                            ? nz(cells.get("partnerName"))
                            : p.partner().name(),
                    nz(Texts.clean(form.getFullName())),
                    nz(form.getTitle()),
                    nz(form.getEmail()),
                    nz(form.getPhone()),
                    nz(form.getNotes()));
            if (cells.failed()) {
                problems.addAll(cells.rowProblems());
                rows.add(new Plan.Planned(p.row().line(), RowAction.REJECTED, shown, null, null, null));
            } else {
                rows.add(new Plan.Planned(
                        p.row().line(),
                        action,
                        shown,
                        form,
                        existing == null ? null : existing.id(),
                        p.partner().id()));
            }
        }
        return new Plan(ImportKind.CONTACTS, columns, rows, problems, false, List.of());
    }

    // ---- interactions

    private Plan interactions(CsvFile file, ColumnMapping mapping, ImportOptions options, List<String> columns) {
        PartnerIndex index = new PartnerIndex(partners.importKeys());
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
        List<InteractionForm> forms = new ArrayList<>();
        List<Cells> formCells = new ArrayList<>();
        List<Integer> formRows = new ArrayList<>();
        for (CsvFile.Row row : file.rows()) {
            Cells cells = new Cells(ImportKind.INTERACTIONS, file, mapping, row);
            if (!cells.aligned()) {
                rows.add(cells.reject(problems, columns.size()));
                continue;
            }
            InteractionForm form = new InteractionForm();
            form.setTimeZone(libraryZone);
            String date = cells.get("date");
            if (date != null) {
                Optional<LocalDate> parsed = DateOrder.parse(date, order);
                if (parsed.isPresent()) {
                    form.setDate(parsed.get());
                } else if (order == null && DateOrder.isDayMonth(date)) {
                    cells.problem(
                            "date",
                            "“" + date + "” could be day/month or month/day: choose the file's date "
                                    + "format above.");
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
                LocalTime parsed = time(time);
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
            InteractionKind kind = cells.choice(
                    "kind", InteractionKind.values(), InteractionKind::label, Map.of(), "a kind of interaction");
            form.setKind(kind != null ? kind : cells.get("kind") == null ? InteractionKind.MEETING : null);
            Initiator initiator = cells.choice(
                    "initiatedBy",
                    Initiator.values(),
                    Initiator::label,
                    Map.of(
                            "library",
                            Initiator.LIBRARY,
                            "partner",
                            Initiator.PARTNER,
                            "us",
                            Initiator.LIBRARY,
                            "them",
                            Initiator.PARTNER),
                    "who initiated it (library or partner)");
            form.setInitiatedBy(
                    initiator != null ? initiator : cells.get("initiatedBy") == null ? Initiator.LIBRARY : null);
            Set<Long> partnerIds = new LinkedHashSet<>();
            List<String> partnerNames = new ArrayList<>();
            for (String ext : split(cells.get("partnerExternalIds"))) {
                PartnerKey key = index.byExternal(ext);
                if (key == null) {
                    cells.problem("partnerExternalIds", "No partner has the external id “" + ext + "”.");
                } else if (partnerIds.add(key.id())) {
                    partnerNames.add(key.name());
                }
            }
            for (String name : split(cells.get("partnerIds"))) {
                PartnerKey key = index.byName(cells, "partnerIds", name);
                if (key != null && partnerIds.add(key.id())) {
                    partnerNames.add(key.name());
                }
            }
            form.setPartnerIds(partnerIds);
            Set<Theme> themes = EnumSet.noneOf(Theme.class);
            for (String theme : split(cells.get("themes"))) {
                Choices.parse(theme, Theme.values(), Theme::label, Map.of())
                        .ifPresentOrElse(
                                themes::add,
                                () -> cells.problem(
                                        "themes",
                                        "“" + theme + "” is not a theme. Use "
                                                + Choices.list(Theme.values(), Theme::label) + "."));
            }
            form.setThemes(themes);
            form.setNotes(cells.get("notes"));
            formCells.add(cells);
            forms.add(form);
            formRows.add(rows.size());
            rows.add(new Plan.Planned(
                    row.line(),
                    RowAction.NEW,
                    List.of(
                            form.getDate() == null ? nz(date) : form.getDate().toString(),
                            form.getTime() == null ? nz(time) : form.getTime().toString(),
                            form.getTimeZone() == null
                                    ? nz(zone)
                                    : form.getTimeZone().getId(),
                            form.getKind() == null
                                    ? nz(cells.get("kind"))
                                    : form.getKind().label(),
                            form.getInitiatedBy() == null
                                    ? nz(cells.get("initiatedBy"))
                                    : form.getInitiatedBy().label(),
                            String.join("; ", partnerNames),
                            "",
                            themes.stream()
                                    .map(Theme::label)
                                    .reduce((a, b) -> a + "; " + b)
                                    .orElse(""),
                            nz(form.getNotes())),
                    form,
                    null,
                    null));
        }
        Map<Integer, Map<String, String>> invalid = interactions.validateAll(forms);
        for (int i = 0; i < forms.size(); i++) {
            Cells cells = formCells.get(i);
            Map<String, String> messages = invalid.get(i);
            if (messages != null) {
                Map<String, String> renamed = new LinkedHashMap<>();
                messages.forEach((field, message) -> renamed.putIfAbsent(
                        switch (field) {
                            case "partnerIds" -> mapping.has("partnerIds") ? "partnerIds" : "partnerExternalIds";
                            case "topics" -> "themes";
                            default -> field;
                        },
                        message));
                cells.problems(renamed);
            }
            if (cells.failed()) {
                int at = formRows.get(i);
                Plan.Planned planned = rows.get(at);
                rows.set(at, new Plan.Planned(planned.line(), RowAction.REJECTED, planned.shown(), null, null, null));
                problems.addAll(cells.rowProblems());
            }
        }
        problems.sort(Comparator.comparingInt(RowProblem::line));
        return new Plan(ImportKind.INTERACTIONS, columns, rows, problems, dateOrderNeeded, List.of());
    }

    /** 14:30, 9:05, 2:30 PM, 2 pm, 14.30; null when it is none of these. */
    static LocalTime time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches() || m.group(2) == null && m.group(4) == null) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(4) != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = m.group(4).equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[;|\\n]")) {
            String clean = Texts.clean(part);
            if (clean != null) {
                parts.add(clean);
            }
        }
        return parts;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** Partners by external id and by name; a name two partners share must be told apart by external id. */
    private static final class PartnerIndex {
        private final Map<String, PartnerKey> byExternal = new HashMap<>();
        private final Map<String, List<PartnerKey>> byName = new HashMap<>();

        PartnerIndex(List<PartnerKey> keys) {
            for (PartnerKey key : keys) {
                if (key.externalId() != null) {
                    byExternal.put(key.externalId(), key);
                }
                byName.computeIfAbsent(key.nameKey(), k -> new ArrayList<>(1)).add(key);
            }
        }

        PartnerKey byExternal(String externalId) {
            return byExternal.get(externalId);
        }

        PartnerKey byName(Cells cells, String field, String name) {
            List<PartnerKey> found = byName.getOrDefault(Texts.key(name), List.of());
            if (found.isEmpty()) {
                cells.problem(
                        field,
                        "No partner is named “" + name + "”. Import or add the partner first, or "
                                + "correct the name.");
                return null;
            }
            if (found.size() > 1) {
                cells.problem(
                        field,
                        found.size() + " partners are named “" + name + "”; use their external id to "
                                + "say which one.");
                return null;
            }
            return found.getFirst();
        }

        PartnerKey resolve(Cells cells, String externalField, String nameField) {
            String ext = cells.get(externalField);
            if (ext != null) {
                PartnerKey key = byExternal(ext);
                if (key == null) {
                    cells.problem(externalField, "No partner has the external id “" + ext + "”.");
                }
                return key;
            }
            String name = cells.get(nameField);
            if (name == null) {
                cells.problem(
                        cells.mapping.has(nameField) ? nameField : externalField,
                        "Name the partner this contact works at.");
                return null;
            }
            return byName(cells, nameField, name);
        }
    }

    /** The cells of one row by field, and its problems by field (first message per field wins). */
    private static final class Cells {
        private final ImportKind kind;
        private final CsvFile file;
        final ColumnMapping mapping;
        private final CsvFile.Row row;
        private final Map<String, String> problems = new LinkedHashMap<>();

        Cells(ImportKind kind, CsvFile file, ColumnMapping mapping, CsvFile.Row row) {
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
                    ROW,
                    "This row has " + row.values().size() + " values but the header "
                            + "has " + file.headers().size() + " columns; a value may hold a " + file.delimiterName()
                            + " without quotes around it."));
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                shown.add("");
            }
            return new Plan.Planned(row.line(), RowAction.REJECTED, shown, null, null, null);
        }

        String get(String field) {
            int column = mapping.column(field);
            return column < 0 ? null : Texts.clean(row.value(column));
        }

        void set(String field, RowAction action, Consumer<String> setter) {
            if (mapping.has(field) || action != RowAction.UPDATE) {
                setter.accept(get(field));
            }
        }

        <E extends Enum<E>> E choice(
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
                    .orElse(ROW);
        }
    }
}
