package org.commonground.dataimport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionService;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerService;
import org.commonground.security.CurrentUser;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.InvalidInputException;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of partners, contacts and interactions: read the file, map its columns (remembered per user and
 * kind), preview what would be saved with every bad row named, then import — all valid rows or, if the user
 * chose so, nothing when any row is bad — in one transaction, through the feature services and their rules.
 * Partners and contacts: administrators and directors; interactions: outreach staff too.
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class ImportService {

    private final PartnerService partners;
    private final InteractionService interactions;
    private final ImportMappingRepository mappings;
    private final CurrentUser currentUser;
    private final ImportProperties properties;
    private final Clock clock;
    private final ImportPlanner planner;

    ImportService(
            PartnerService partners,
            InteractionService interactions,
            ImportMappingRepository mappings,
            CurrentUser currentUser,
            ImportProperties properties,
            CommonGroundProperties common,
            Clock clock) {
        this.partners = partners;
        this.interactions = interactions;
        this.mappings = mappings;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
        this.planner = new ImportPlanner(ImportTargets.of(partners, interactions), common.timeZone());
    }

    /** The kinds the signed-in user may import. */
    public List<ImportKind> allowedKinds() {
        boolean directory = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.DIRECTOR);
        return directory ? List.of(ImportKind.values()) : List.of(ImportKind.INTERACTIONS);
    }

    /** The largest file an import reads, in bytes ({@code commonground.import.max-bytes}). */
    public long maxBytes() {
        return properties.maxBytes().toBytes();
    }

    /** "10 MB": the limit as messages name it. */
    public String maxSize() {
        return CsvReading.megabytes(maxBytes());
    }

    /** The refusal for a file over the limit, for an upload stopped before all of it arrived. */
    public InvalidInputException tooLarge(long size) {
        return CsvReading.tooLarge(size, maxBytes());
    }

    /**
     * Reads the file as CSV in UTF-8, or in the encoding the user chose. Refuses (field "file" or "encoding")
     * what is too large, not CSV, or not in that encoding, naming the limit, the line or the byte.
     */
    public CsvFile read(ImportKind kind, String fileName, byte[] bytes, Charset encoding) {
        requireAllowed(kind);
        return CsvReading.read(fileName, bytes, encoding, maxBytes());
    }

    /** Columns mapped by the user's last mapping for this kind (by header name), else by matching names. */
    public ColumnMapping suggestedMapping(ImportKind kind, List<String> headers) {
        requireAllowed(kind);
        Map<String, String> remembered =
                remembered(kind).map(ImportMapping::headersByField).orElse(Map.of());
        return ColumnMapping.guess(kind, headers, remembered);
    }

    /** The date order the user chose last time for this kind, if any. */
    public DateOrder rememberedDateOrder(ImportKind kind) {
        requireAllowed(kind);
        return remembered(kind).map(ImportMapping::getDateFormat).orElse(null);
    }

    /** What importing would do, without saving anything but the mapping, which is remembered for next time. */
    @Transactional
    public ImportPreview preview(ImportKind kind, CsvFile file, ColumnMapping mapping, ImportOptions options) {
        requireAllowed(kind);
        Plan plan = planner.plan(kind, file, mapping, options);
        if (plan.mappingProblems().isEmpty()) {
            remember(kind, file, mapping, options.dateOrder());
        }
        return plan.preview();
    }

    /**
     * Imports the file in one transaction: a failure part-way (reported by an exception) leaves the database as
     * it was. With {@code nothingIfAnyBad} and a bad row, nothing is saved and the result lists the problems.
     * Progress reports the rows done so far.
     */
    @Transactional
    public ImportResult run(
            ImportKind kind, CsvFile file, ColumnMapping mapping, ImportOptions options, IntConsumer progress) {
        requireAllowed(kind);
        long started = System.nanoTime();
        Plan plan = planner.plan(kind, file, mapping, options);
        LoggerFactory.getLogger(ImportService.class)
                .info(
                        "Planned the import of {} rows of {} in {} ms",
                        plan.rows().size(),
                        kind,
                        (System.nanoTime() - started) / 1_000_000);
        if (!plan.mappingProblems().isEmpty()) {
            throw new InvalidInputException(Map.of("mapping", String.join(" ", plan.mappingProblems())));
        }
        if (plan.dateOrderNeeded()) {
            throw InvalidInputException.of(
                    "dateOrder",
                    "Choose the file's date format: dates like 03/04/2026 " + "could be day/month or month/day.");
        }
        int rejected = (int) plan.count(RowAction.REJECTED);
        if (rejected > 0 && options.nothingIfAnyBad()) {
            return new ImportResult(kind, 0, 0, 0, plan.problems(), true);
        }
        int created = 0;
        int updated = 0;
        int present = 0;
        if (kind == ImportKind.INTERACTIONS) {
            List<InteractionForm> forms = new ArrayList<>();
            plan.rows().stream()
                    .filter(r -> r.action() == RowAction.NEW)
                    .forEach(r -> forms.add((InteractionForm) r.form()));
            interactions.importAll(forms, progress);
            created = forms.size();
        } else {
            int done = 0;
            for (Plan.Planned row : plan.rows()) {
                switch (row.action()) {
                    case NEW -> {
                        if (kind == ImportKind.PARTNERS) {
                            partners.create((PartnerForm) row.form(), true);
                        } else {
                            partners.addContact(row.partnerId(), (ContactForm) row.form());
                        }
                        created++;
                    }
                    case UPDATE -> {
                        if (kind == ImportKind.PARTNERS) {
                            partners.update(row.targetId(), (PartnerForm) row.form(), true);
                        } else {
                            partners.updateContact(row.targetId(), (ContactForm) row.form());
                        }
                        updated++;
                    }
                    case ALREADY_PRESENT -> present++;
                    case REJECTED -> {}
                }
                done++;
                if (done % 100 == 0 || done == plan.rows().size()) {
                    progress.accept(done);
                }
            }
        }
        return new ImportResult(kind, created, updated, present, plan.problems(), false);
    }

    /**
     * The rejected rows as CSV (UTF-8 with a byte-order mark, so spreadsheets read it): line, column and problem,
     * then the row's own values. A value starting with =, +, - or @ gets a leading apostrophe so a spreadsheet
     * does not run it as a formula.
     */
    public byte[] rejectedRowsCsv(CsvFile file, List<RowProblem> problems) {
        Map<Integer, CsvFile.Row> byLine = new LinkedHashMap<>();
        file.rows().forEach(r -> byLine.put(r.line(), r));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        List<String> header = new ArrayList<>(List.of("line", "column", "problem"));
        header.addAll(file.headers());
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(ImportService::neutralized).toList());
            for (RowProblem problem : problems) {
                List<String> record =
                        new ArrayList<>(List.of(String.valueOf(problem.line()), problem.column(), problem.message()));
                CsvFile.Row row = byLine.get(problem.line());
                if (row != null) {
                    record.addAll(row.values());
                }
                printer.printRecord(
                        record.stream().map(ImportService::neutralized).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String neutralized(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    // ---- helpers

    private void requireAllowed(ImportKind kind) {
        if (!allowedKinds().contains(kind)) {
            throw new AccessDeniedException(
                    "Only administrators and directors import " + kind.label().toLowerCase() + ".");
        }
    }

    private Optional<ImportMapping> remembered(ImportKind kind) {
        return currentUser.username().flatMap(user -> mappings.findByUsernameAndKind(user, kind));
    }

    private void remember(ImportKind kind, CsvFile file, ColumnMapping mapping, DateOrder dateOrder) {
        String user = currentUser.username().orElse(null);
        if (user == null) {
            return;
        }
        ImportMapping stored =
                mappings.findByUsernameAndKind(user, kind).orElseGet(() -> new ImportMapping(user, kind));
        Map<String, String> byField = new LinkedHashMap<>();
        mapping.columns()
                .forEach((field, column) -> byField.put(field, file.headers().get(column)));
        stored.remember(byField, dateOrder, clock.instant());
        mappings.save(stored);
    }
}
