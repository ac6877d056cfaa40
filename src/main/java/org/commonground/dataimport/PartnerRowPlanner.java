package org.commonground.dataimport;

import static org.commonground.dataimport.ImportValues.nz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKey;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerStatus;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.Texts;
import org.jspecify.annotations.Nullable;

/** Partner rows: matched by external id, else by name and kind; new, update or already present. */
final class PartnerRowPlanner implements RowPlanner {

    private static final Map<String, PartnerKind> KIND_ALIASES = Map.of(
            "government", PartnerKind.GOVERNMENT,
            "dei", PartnerKind.DEI_ORGANIZATION,
            "science", PartnerKind.SCIENCE_LEADER);
    private static final Map<String, GovernmentKind> BODY_ALIASES =
            Map.of("executive", GovernmentKind.EXECUTIVE, "other", GovernmentKind.OTHER);

    private final ImportTargets targets;

    PartnerRowPlanner(ImportTargets targets) {
        this.targets = targets;
    }

    @Override
    public Plan plan(CsvFile file, ColumnMapping mapping, ImportOptions options, List<String> columns) {
        Map<String, PartnerKey> byExternal = new HashMap<>();
        Map<String, PartnerKey> byNameAndKind = new HashMap<>();
        for (PartnerKey key : targets.partnerKeys()) {
            if (key.externalId() != null) {
                byExternal.put(key.externalId(), key);
            }
            byNameAndKind.putIfAbsent(key.nameKey() + "|" + key.kind(), key);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Plan.Planned> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (CsvFile.Row row : file.rows()) {
            ImportRow cells = new ImportRow(ImportKind.PARTNERS, file, mapping, row);
            if (!cells.aligned()) {
                rows.add(cells.reject(problems, columns.size()));
                continue;
            }
            PartnerKind kind =
                    cells.choice("kind", PartnerKind.values(), PartnerKind::label, KIND_ALIASES, "a partner kind");
            GovernmentKind body = cells.choice(
                    "governmentKind",
                    GovernmentKind.values(),
                    GovernmentKind::label,
                    BODY_ALIASES,
                    "a government body");
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
            PartnerForm form = form(cells, action, existing, name, kind, body, externalId);
            if (name != null && kind != null) {
                String identity = externalId != null ? "id:" + externalId : Texts.key(name) + "|" + kind;
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
                        "Only local government partners have a government body; leave it empty for “" + kind.label()
                                + "”.");
            }
            try {
                targets.validatePartner(form);
            } catch (InvalidInputException e) {
                cells.problems(e.fieldMessages());
            }
            List<String> shown = shown(form);
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

    /** The partner's form as the row leaves it; an update changes only what the file has columns for. */
    private PartnerForm form(
            ImportRow cells,
            RowAction action,
            @Nullable PartnerKey existing,
            @Nullable String name,
            @Nullable PartnerKind kind,
            @Nullable GovernmentKind body,
            @Nullable String externalId) {
        boolean update = action == RowAction.UPDATE && existing != null;
        PartnerForm form = update ? targets.partnerForm(existing.id()) : new PartnerForm();
        ColumnMapping mapping = cells.mapping;
        if (!update || mapping.has("name")) {
            form.setName(name);
        }
        if (!update || mapping.has("kind")) {
            form.setKind(kind);
        }
        if (!update || mapping.has("governmentKind")) {
            form.setGovernmentKind(body);
        }
        PartnerStatus status =
                cells.choice("status", PartnerStatus.values(), PartnerStatus::label, Map.of(), "a status");
        if (status != null) {
            form.setStatus(status);
        } else if (!update) {
            form.setStatus(PartnerStatus.ACTIVE);
        }
        cells.set("missionAndGoals", action, form::setMissionAndGoals);
        cells.set("communitiesServed", action, form::setCommunitiesServed);
        cells.set("website", action, form::setWebsite);
        if (externalId != null) {
            form.setExternalId(externalId);
        }
        return form;
    }

    private static List<String> shown(PartnerForm form) {
        return List.of(
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
    }
}
