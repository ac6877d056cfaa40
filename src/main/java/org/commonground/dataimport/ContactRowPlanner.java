package org.commonground.dataimport;

import static org.commonground.dataimport.ImportValues.nz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerKey;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.Texts;
import org.jspecify.annotations.Nullable;

/** Contact rows: the partner named by external id or name, the person matched by partner and full name. */
final class ContactRowPlanner implements RowPlanner {

    private final ImportTargets targets;

    ContactRowPlanner(ImportTargets targets) {
        this.targets = targets;
    }

    private record Pending(
            ImportRow cells, CsvFile.Row row, @Nullable PartnerKey partner) {}

    @Override
    public Plan plan(CsvFile file, ColumnMapping mapping, ImportOptions options, List<String> columns) {
        PartnerIndex index = new PartnerIndex(targets.partnerKeys());
        // First every row's partner, so the partners' existing contacts are read in one go.
        List<Pending> pending = new ArrayList<>();
        Set<Long> partnerIds = new LinkedHashSet<>();
        for (CsvFile.Row row : file.rows()) {
            ImportRow cells = new ImportRow(ImportKind.CONTACTS, file, mapping, row);
            PartnerKey partner = cells.aligned() ? index.resolve(cells, "partnerExternalId", "partnerName") : null;
            if (partner != null) {
                partnerIds.add(partner.id());
            }
            pending.add(new Pending(cells, row, partner));
        }
        Map<Long, Map<String, ContactDetails>> existingContacts = new HashMap<>();
        for (ContactDetails c : targets.contactsOf(partnerIds)) {
            existingContacts
                    .computeIfAbsent(c.partnerId(), k -> new HashMap<>())
                    .putIfAbsent(Texts.key(c.fullName()), c);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Plan.Planned> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (Pending p : pending) {
            ImportRow cells = p.cells();
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
            ContactForm form = form(cells, action, existing);
            if (p.partner() != null && fullName != null) {
                Integer earlier = seen.putIfAbsent(
                        p.partner().id() + "|" + Texts.key(fullName), p.row().line());
                if (earlier != null) {
                    cells.problem(
                            "fullName", "The same contact as line " + earlier + "; a file names each person once.");
                }
            }
            try {
                targets.validateContact(form);
            } catch (InvalidInputException e) {
                cells.problems(e.fieldMessages());
            }
            List<String> shown = shown(cells, p.partner(), form);
            if (cells.failed() || p.partner() == null) {
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

    private static ContactForm form(ImportRow cells, RowAction action, @Nullable ContactDetails existing) {
        ContactForm form = new ContactForm();
        if (action == RowAction.UPDATE && existing != null) {
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
        return form;
    }

    private static List<String> shown(ImportRow cells, @Nullable PartnerKey partner, ContactForm form) {
        return List.of(
                partner == null ? nz(cells.get("partnerExternalId")) : nz(partner.externalId()),
                partner == null ? nz(cells.get("partnerName")) : partner.name(),
                nz(Texts.clean(form.getFullName())),
                nz(form.getTitle()),
                nz(form.getEmail()),
                nz(form.getPhone()),
                nz(form.getNotes()));
    }
}
