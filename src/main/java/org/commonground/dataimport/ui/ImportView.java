package org.commonground.dataimport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.commonground.dataimport.ColumnMapping;
import org.commonground.dataimport.CsvFile;
import org.commonground.dataimport.DateOrder;
import org.commonground.dataimport.ImportField;
import org.commonground.dataimport.ImportKind;
import org.commonground.dataimport.ImportOptions;
import org.commonground.dataimport.ImportPreview;
import org.commonground.dataimport.ImportResult;
import org.commonground.dataimport.ImportService;
import org.commonground.dataimport.RowProblem;
import org.commonground.interaction.ui.InteractionsView;
import org.commonground.partner.ui.PartnerDirectoryView;
import org.commonground.security.Role;
import org.commonground.shared.InvalidInputException;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * CSV import in four steps on one page: choose what the file holds and upload it; match its columns to the
 * fields (headers matched by name, the last mapping remembered); check the preview of the first rows and every
 * bad row; import the valid rows or nothing. The import runs off the UI thread, with a progress bar the page
 * polls for, so this page and everyone else's stay responsive.
 */
@Route("import")
@PageTitle("Import")
@Menu(order = 94, icon = "vaadin:upload", title = "Import")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class ImportView extends Main {

    private static final int NOT_IN_FILE = -1;
    private static final int POLL_MILLIS = 400;

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>("What does the file hold?");
    final Paragraph expected = new Paragraph();
    final Upload upload = new Upload();
    final Paragraph fileStatus = new Paragraph();
    final Paragraph fileProblem = new Paragraph();
    final Select<Charset> encoding = new Select<>();

    final Div mappingSection = new Div();
    final FormLayout mappingForm = new FormLayout();
    final Map<String, Select<Integer>> columns = new LinkedHashMap<>();
    final Select<DateOrder> dateOrder = new Select<>();
    final RadioButtonGroup<Boolean> existing = new RadioButtonGroup<>("Rows already in the directory");
    final Paragraph mappingProblems = new Paragraph();
    final Button preview = new Button("Preview", VaadinIcon.EYE.create());

    final Div previewSection = new Div();
    final Paragraph summary = new Paragraph();
    final Grid<ImportPreview.Row> previewGrid = new Grid<>();
    final Grid<RowProblem> problemsGrid = new Grid<>();

    final Div runSection = new Div();
    final RadioButtonGroup<Boolean> nothingIfBad = new RadioButtonGroup<>("What to import");
    final Button importButton = new Button("Import", VaadinIcon.UPLOAD.create());
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph result = new Paragraph();
    final Div resultLinks = new Div();

    /** Where an import runs: a virtual thread of its own (tests run it in place). */
    Executor executor = task -> Thread.ofVirtual().name("csv-import").start(task);

    private final ImportService imports;
    private String fileName;
    private byte[] bytes;
    private CsvFile file;
    private ImportPreview shown;

    public ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("page");
        setId("import-page");

        Paragraph intro = new Paragraph("Bring partners, their contacts or a log of interactions in from a "
                + "spreadsheet saved as CSV (comma or semicolon separated, UTF-8). Nothing is saved until you "
                + "have seen the preview and chosen to import.");
        intro.addClassName("muted");

        List<ImportKind> allowed = imports.allowedKinds();
        configureFileStep(allowed);
        configureMappingStep();
        configurePreviewStep();
        configureRunStep();

        add(
                new H1("Import from a spreadsheet"),
                intro,
                new H2("1. Choose the file"),
                kind,
                expected,
                upload,
                fileStatus,
                fileProblem,
                encoding,
                mappingSection,
                previewSection,
                runSection);
        if (allowed.size() == 1) {
            Paragraph only = new Paragraph("As outreach staff you can import interactions; administrators and "
                    + "directors import partners and contacts.");
            only.addClassName("muted");
            addComponentAtIndex(2, only);
            kind.setValue(allowed.getFirst());
        }
    }

    /** Step 1: what the file holds, the upload (its size checked while it arrives) and the encoding. */
    private void configureFileStep(List<ImportKind> allowed) {
        kind.setItems(allowed);
        kind.setItemLabelGenerator(ImportKind::label);
        kind.setRequiredIndicatorVisible(true);
        kind.addValueChangeListener(e -> kindChosen());
        expected.setId("import-expected");
        expected.addClassName("muted");

        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxBytes()));
        upload.setDropLabel(new Span("Drop a CSV file here (at most " + imports.maxSize() + ")"));
        upload.setUploadHandler(event -> {
            long max = imports.maxBytes();
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = event.getFileName();
            if (data.length > max) {
                String message = imports.tooLarge(Math.max(event.getFileSize(), data.length))
                        .getMessage();
                event.reject(message);
                event.getUI().access(() -> showFileProblem(name + ": " + message, false));
                return;
            }
            event.getUI().access(() -> accept(name, data));
        });
        upload.addFileRejectedListener(e -> showFileProblem(
                e.getErrorMessage() + " Imports read CSV files of at most " + imports.maxSize()
                        + " (setting commonground.import.max-bytes).",
                false));
        upload.setVisible(false);
        fileStatus.setId("import-file-status");
        fileStatus.getElement().setAttribute("role", "status");
        fileProblem.setId("import-file-problem");
        fileProblem.addClassName("error-text");
        fileProblem.getElement().setAttribute("role", "alert");
        encoding.setLabel("File encoding");
        encoding.setItems(StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1);
        encoding.setItemLabelGenerator(c -> switch (c.name()) {
            case "UTF-8" -> "UTF-8 (standard)";
            case "windows-1252" -> "Windows-1252 (older Excel on Windows)";
            default -> "ISO-8859-1 (Latin-1)";
        });
        encoding.setValue(StandardCharsets.UTF_8);
        encoding.setHelperText("Change it only if the file was not saved as UTF-8; the names are read again.");
        encoding.setVisible(false);
        encoding.addValueChangeListener(e -> {
            if (e.isFromClient() && bytes != null) {
                accept(fileName, bytes);
            }
        });
    }

    /** Step 2: a column for each field, the date format and what to do with rows already present. */
    private void configureMappingStep() {
        dateOrder.setLabel("Date format");
        dateOrder.setItems(DateOrder.values());
        dateOrder.setItemLabelGenerator(d -> d == null ? "Detect from the file" : d.label());
        dateOrder.setEmptySelectionAllowed(true);
        dateOrder.setEmptySelectionCaption("Detect from the file");
        dateOrder.setHelperText("Asked when dates like 03/04/2026 could be read either way.");
        existing.setItems(false, true);
        existing.setItemLabelGenerator(update -> update
                ? "Update them with the file's values"
                : "Leave them as they are and report them as already present");
        existing.setValue(false);
        mappingProblems.setId("import-mapping-problems");
        mappingProblems.addClassName("error-text");
        mappingProblems.getElement().setAttribute("role", "alert");
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(e -> showPreview());
        mappingSection.add(
                new H2("2. Match the columns"),
                new Paragraph("Each field takes the column with the same "
                        + "name; change any that is wrong. Your choice is remembered for your next file."),
                mappingForm,
                mappingProblems,
                preview);
        mappingSection.setVisible(false);
    }

    /** Step 3: the first rows as they will be saved, and every row with a problem. */
    private void configurePreviewStep() {
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        previewGrid.setAriaLabel("The first rows as they will be saved");
        previewGrid.setAllRowsVisible(true);
        previewGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problemsGrid.setId("import-problems");
        problemsGrid.setAriaLabel("Rows with problems");
        problemsGrid
                .addColumn(RowProblem::line)
                .setHeader("Line")
                .setFlexGrow(0)
                .setAutoWidth(true);
        problemsGrid
                .addColumn(RowProblem::column)
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(1);
        problemsGrid.addColumn(RowProblem::message).setHeader("Problem").setFlexGrow(4);
        problemsGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problemsGrid.setEmptyStateText("No problems: every row can be imported.");
        problemsGrid.setHeight("16rem");
        previewSection.add(
                new H2("3. Check the preview"), summary, previewGrid, new H3("Rows with problems"), problemsGrid);
        previewSection.setVisible(false);
    }

    /** Step 4: all valid rows or nothing, and the progress of the import. */
    private void configureRunStep() {
        nothingIfBad.setItems(false, true);
        nothingIfBad.setValue(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> startImport());
        progress.setVisible(false);
        progress.setId("import-progress");
        progress.getElement().setAttribute("aria-label", "Import progress");
        progressText.setId("import-progress-text");
        progressText.getElement().setAttribute("role", "status");
        result.setId("import-result");
        result.getElement().setAttribute("role", "status");
        resultLinks.addClassName("toolbar");
        runSection.add(new H2("4. Import"), nothingIfBad, importButton, progress, progressText, result, resultLinks);
        runSection.setVisible(false);
    }

    // ---- step 1: the file

    private void kindChosen() {
        ImportKind chosen = kind.getValue();
        bytes = null;
        file = null;
        shown = null;
        upload.clearFileList();
        upload.setVisible(chosen != null);
        fileStatus.setText(
                chosen == null
                        ? ""
                        : "Choose a CSV file of " + chosen.label().toLowerCase(Locale.ROOT) + " to upload.");
        fileProblem.setText("");
        encoding.setVisible(false);
        mappingSection.setVisible(false);
        previewSection.setVisible(false);
        runSection.setVisible(false);
        if (chosen != null) {
            expected.setText("Columns it can have: "
                    + String.join(
                            ", ",
                            chosen.fields().stream()
                                    .map(f -> f.label() + (f.required() ? " (required)" : ""))
                                    .toList())
                    + "."
                    + (chosen == ImportKind.INTERACTIONS ? " Several partners in one cell are separated by “;”." : ""));
        }
    }

    /** A file arrived (or is read again in another encoding): read it and offer the mapping. */
    void accept(String name, byte[] data) {
        ImportKind chosen = kind.getValue();
        // The status line names the file; the upload is ready for another one.
        upload.clearFileList();
        fileName = name;
        bytes = data;
        shown = null;
        previewSection.setVisible(false);
        runSection.setVisible(false);
        try {
            file = imports.read(chosen, name, data, encoding.getValue());
        } catch (InvalidInputException e) {
            file = null;
            boolean encodingProblem = e.fieldMessages().containsKey("encoding");
            showFileProblem(name + ": " + String.join(" ", e.fieldMessages().values()), encodingProblem);
            return;
        }
        fileProblem.setText("");
        encoding.setVisible(!StandardCharsets.UTF_8.equals(encoding.getValue()));
        fileStatus.setText(name + ": " + count(file.rows().size(), "row") + " below a header of "
                + count(file.headers().size(), "column") + ", " + file.delimiterName() + " separated, read as "
                + file.encoding() + ".");
        buildMapping(chosen);
    }

    private void showFileProblem(String message, boolean offerEncoding) {
        file = null;
        upload.clearFileList();
        fileStatus.setText("");
        fileProblem.setText(message);
        encoding.setVisible(offerEncoding || !StandardCharsets.UTF_8.equals(encoding.getValue()));
        mappingSection.setVisible(false);
        previewSection.setVisible(false);
        runSection.setVisible(false);
    }

    // ---- step 2: the mapping

    private void buildMapping(ImportKind chosen) {
        mappingForm.removeAll();
        columns.clear();
        ColumnMapping suggested = imports.suggestedMapping(chosen, file.headers());
        List<Integer> choices = new ArrayList<>();
        choices.add(NOT_IN_FILE);
        IntStream.range(0, file.headers().size()).forEach(choices::add);
        for (ImportField field : chosen.fields()) {
            Select<Integer> select = new Select<>();
            // "(required)" in the label: Select's required indicator sets aria-required on its button, which axe
            // refuses.
            select.setLabel(field.label() + (field.required() ? " (required)" : ""));
            select.setItems(choices);
            select.setItemLabelGenerator(i ->
                    i == NOT_IN_FILE ? "— not in the file —" : file.headers().get(i));
            select.setValue(suggested.column(field.key()));
            columns.put(field.key(), select);
            mappingForm.add(select);
        }
        if (chosen == ImportKind.INTERACTIONS) {
            dateOrder.setValue(imports.rememberedDateOrder(chosen));
            mappingForm.add(dateOrder);
        }
        if (chosen.directory()) {
            existing.setLabel(
                    chosen == ImportKind.PARTNERS
                            ? "Partners already in the directory"
                            : "Contacts already at their partner");
            mappingForm.add(existing);
        }
        mappingProblems.setText("");
        mappingSection.setVisible(true);
    }

    ColumnMapping mapping() {
        ColumnMapping mapping = ColumnMapping.none();
        for (Map.Entry<String, Select<Integer>> e : columns.entrySet()) {
            Integer column = e.getValue().getValue();
            mapping = mapping.with(e.getKey(), column == null || column == NOT_IN_FILE ? null : column);
        }
        return mapping;
    }

    private ImportOptions options() {
        return new ImportOptions(
                kind.getValue() == ImportKind.INTERACTIONS ? dateOrder.getValue() : null,
                Boolean.TRUE.equals(existing.getValue()),
                Boolean.TRUE.equals(nothingIfBad.getValue()));
    }

    // ---- step 3: the preview

    void showPreview() {
        if (file == null) {
            return;
        }
        ImportKind chosen = kind.getValue();
        shown = imports.preview(chosen, file, mapping(), options());
        result.setText("");
        resultLinks.removeAll();
        progress.setVisible(false);
        progressText.setText("");
        if (!shown.mappingProblems().isEmpty()) {
            mappingProblems.setText(String.join(" ", shown.mappingProblems()));
            previewSection.setVisible(false);
            runSection.setVisible(false);
            return;
        }
        mappingProblems.setText(
                shown.dateOrderNeeded()
                        ? "The dates could be read two ways (like 03/04/2026): choose the date format, then preview again."
                        : "");
        dateOrder.setInvalid(shown.dateOrderNeeded());
        dateOrder.setErrorMessage(shown.dateOrderNeeded() ? "Choose how the file writes its dates." : null);
        previewGrid.removeAllColumns();
        previewGrid
                .addColumn(ImportPreview.Row::line)
                .setHeader("Line")
                .setFlexGrow(0)
                .setAutoWidth(true);
        previewGrid.addColumn(r -> r.action().label()).setHeader("Status").setAutoWidth(true);
        List<String> labels = shown.columns();
        for (int i = 0; i < labels.size(); i++) {
            String key = chosen.fields().get(i).key();
            if (!mapping().has(key)
                    && !(chosen == ImportKind.INTERACTIONS
                            && List.of("time", "timeZone", "kind", "initiatedBy")
                                    .contains(key))
                    && !(chosen == ImportKind.PARTNERS && key.equals("status"))) {
                continue;
            }
            int at = i;
            previewGrid
                    .addColumn(r -> r.values().get(at))
                    .setHeader(labels.get(i))
                    .setAutoWidth(true);
        }
        previewGrid.setItems(shown.firstRows());
        problemsGrid.setItems(shown.problems());
        summary.setText(summaryText(shown));
        previewSection.setVisible(true);
        nothingIfBad.setItemLabelGenerator(nothing -> nothing
                ? "Import nothing if any row has a problem"
                : "Import the " + count(shown.valid(), "valid row") + " and skip the " + count(shown.rejected(), "row")
                        + " with problems");
        runSection.setVisible(shown.canImport());
        importButton.setEnabled(shown.canImport());
    }

    private static String summaryText(ImportPreview p) {
        StringBuilder text = new StringBuilder(count(p.total(), "row") + " in the file: ");
        text.append(count(
                p.created(), "new " + p.kind().label().toLowerCase(Locale.ROOT).replaceAll("s$", "")));
        if (p.updated() > 0) {
            text.append(", ").append(count(p.updated(), "update"));
        }
        if (p.alreadyPresent() > 0) {
            text.append(", ").append(p.alreadyPresent()).append(" already present");
        }
        text.append(", ").append(count(p.rejected(), "row")).append(" with problems.");
        if (p.total() > ImportPreview.PREVIEW_ROWS) {
            text.append(" The first ").append(ImportPreview.PREVIEW_ROWS).append(" rows are shown.");
        }
        return text.toString();
    }

    // ---- step 4: the import

    void startImport() {
        if (file == null || shown == null || !shown.canImport()) {
            return;
        }
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        ImportKind chosen = kind.getValue();
        CsvFile importing = file;
        ColumnMapping mapping = mapping();
        ImportOptions options = options();
        int total = shown.total();
        setBusy(true);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText("Checking " + count(total, "row") + "…");
        result.setText("");
        resultLinks.removeAll();
        ui.setPollInterval(POLL_MILLIS);
        executor.execute(() -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                ImportResult done = imports.run(
                        chosen, importing, mapping, options, saved -> onUi(ui, () -> showProgress(saved, total)));
                onUi(ui, () -> finished(done, importing));
            } catch (InvalidInputException e) {
                onUi(ui, () -> failed(String.join(" ", e.fieldMessages().values())));
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ImportView.class).error("Import failed", e);
                onUi(
                        ui,
                        () -> failed("The import failed part-way and nothing was saved ("
                                + e.getClass().getSimpleName()
                                + "). Try again; if it fails again, tell your administrator."));
            } finally {
                SecurityContextHolder.setContext(before);
            }
        });
    }

    private static void onUi(UI ui, Command command) {
        if (ui.getSession() != null && ui.getSession().hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }

    private void showProgress(int saved, int total) {
        progress.setIndeterminate(false);
        progress.setValue(Math.min(1.0, saved / (double) Math.max(total, 1)));
        progressText.setText("Saved " + number(saved) + " of " + number(total) + " rows…");
    }

    private void finished(ImportResult done, CsvFile importing) {
        setBusy(false);
        UI.getCurrent().setPollInterval(-1);
        progress.setIndeterminate(false);
        progress.setValue(1);
        String what = done.kind().label().toLowerCase(Locale.ROOT).replaceAll("s$", "");
        if (done.nothingImported()) {
            progressText.setText("");
            progress.setVisible(false);
            result.setText("Nothing was imported: " + count(done.rejectedRows(), "row") + " with problems (listed "
                    + "above). Correct them and upload the file again, or choose to import the valid rows.");
        } else {
            progressText.setText("Done.");
            StringBuilder text = new StringBuilder("Imported " + count(done.created(), "new " + what));
            if (done.updated() > 0) {
                text.append(", updated ").append(number(done.updated()));
            }
            if (done.alreadyPresent() > 0) {
                text.append(", ")
                        .append(number(done.alreadyPresent()))
                        .append(" already present and left as they were");
            }
            if (done.rejectedRows() > 0) {
                text.append("; ").append(count(done.rejectedRows(), "row")).append(" with problems were not imported");
            }
            result.setText(text.append('.').toString());
            Component open = done.kind() == ImportKind.INTERACTIONS
                    ? new RouterLink("Open the interactions", InteractionsView.class)
                    : new RouterLink("Open the partner directory", PartnerDirectoryView.class);
            resultLinks.add(open);
        }
        if (!done.rejected().isEmpty()) {
            byte[] report = imports.rejectedRowsCsv(importing, done.rejected());
            String name =
                    "rejected-rows-" + (fileName == null ? "import.csv" : fileName.replaceAll("[^A-Za-z0-9._-]+", "-"));
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(report),
                            name.endsWith(".csv") ? name : name + ".csv",
                            "text/csv; charset=utf-8",
                            report.length)),
                    AttachmentType.DOWNLOAD,
                    "Download the rejected rows (CSV)");
            download.setId("import-rejected-download");
            download.getElement().setAttribute("router-ignore", true);
            download.addClassName("button-like");
            resultLinks.add(download);
        }
        importButton.setEnabled(false);
    }

    private void failed(String message) {
        setBusy(false);
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        progressText.setText("");
        result.setText(message);
    }

    private void setBusy(boolean busy) {
        importButton.setEnabled(!busy);
        preview.setEnabled(!busy);
        kind.setReadOnly(busy);
        upload.setVisible(!busy && kind.getValue() != null);
    }

    private static String count(int n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String number(int n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
