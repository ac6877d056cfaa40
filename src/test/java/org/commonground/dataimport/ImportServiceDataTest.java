package org.commonground.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.commonground.interaction.InteractionFilter;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.InteractionSummary;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerSummary;
import org.commonground.shared.InvalidInputException;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Imports with hand-made files: the good, the bad rows, and files that are no CSV at all. */
@DataTest
@WithMockUser(username = "dana", roles = "DIRECTOR")
class ImportServiceDataTest {

    @Autowired
    ImportService imports;

    @Autowired
    PartnerService partners;

    @Autowired
    InteractionService interactions;

    String tag;

    @BeforeEach
    void newTag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- partners

    @Test
    void a_partner_file_with_two_bad_rows_is_previewed_with_each_problem_named_by_line_and_column() {
        CsvFile file = read(ImportKind.PARTNERS, """
                Name,Kind,Government body,Website
                Riverside Makers %1$s,DEI organization,,https://makers.example.org
                City Water Office %1$s,Local government,Agency,
                ,Science leader,,
                Hill Museum %1$s,Museum,,
                Bay University %1$s,Science leader,,not a web address
                """.formatted(tag));

        ImportPreview preview = preview(ImportKind.PARTNERS, file, ImportOptions.defaults());

        assertThat(preview.total()).isEqualTo(5);
        assertThat(preview.created()).isEqualTo(2);
        assertThat(preview.rejected()).isEqualTo(3);
        assertThat(preview.problems())
                .containsExactly(
                        new RowProblem(4, "Name", "Enter the organization's name."),
                        new RowProblem(
                                5,
                                "Kind",
                                "“Museum” is not a partner kind. Use Local government, DEI organization, "
                                        + "Science leader or Other."),
                        new RowProblem(6, "Website", "Enter a web address that starts with https:// or http://"));
        assertThat(preview.firstRows().get(1).values())
                .containsExactly("", "City Water Office " + tag, "Local government", "Agency", "Active", "", "", "");
        assertThat(preview.firstRows().get(1).action()).isEqualTo(RowAction.NEW);
        assertThat(partners.count(PartnerFilter.byName(tag))).isZero();
    }

    @Test
    void importing_the_valid_rows_saves_them_and_reports_the_rejected_ones_as_csv() {
        CsvFile file = read(ImportKind.PARTNERS, """
                Name,Kind,Government body
                Riverside Makers %1$s,DEI organization,
                Hill Museum %1$s,Museum,
                City Water Office %1$s,Local government,Agency
                =HYPERLINK("x") %1$s,Other,Agency
                """.formatted(tag));

        ImportResult result = run(ImportKind.PARTNERS, file, ImportOptions.defaults());

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.rejectedRows()).isEqualTo(2);
        assertThat(names(tag)).containsExactly("City Water Office " + tag, "Riverside Makers " + tag);
        String report = new String(imports.rejectedRowsCsv(file, result.rejected()), StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFFline,column,problem,Name,Kind,Government body");
        assertThat(report).contains("3,Kind,\"“Museum” is not a partner kind.");
        assertThat(report).contains("5,Government body,Only local government partners have a government body");
        assertThat(report).contains("'=HYPERLINK");
    }

    @Test
    void nothing_is_imported_when_the_user_chose_so_and_a_row_is_bad() {
        CsvFile file = read(ImportKind.PARTNERS, """
                Name,Kind
                Riverside Makers %1$s,DEI organization
                Hill Museum %1$s,Museum
                """.formatted(tag));

        ImportResult result = run(ImportKind.PARTNERS, file, new ImportOptions(null, false, true));

        assertThat(result.nothingImported()).isTrue();
        assertThat(result.rejected()).extracting(RowProblem::line).containsExactly(3);
        assertThat(partners.count(PartnerFilter.byName(tag))).isZero();
    }

    @Test
    void a_failure_half_way_leaves_the_database_as_it_was() {
        StringBuilder csv = new StringBuilder("Name,Kind\n");
        for (int i = 0; i < 250; i++) {
            csv.append("Org ").append(i).append(' ').append(tag).append(",Other\n");
        }
        CsvFile file = read(ImportKind.PARTNERS, csv.toString());
        ImportKind kind = ImportKind.PARTNERS;
        ColumnMapping mapping = imports.suggestedMapping(kind, file.headers());

        assertThatThrownBy(() -> imports.run(kind, file, mapping, ImportOptions.defaults(), done -> {
                    if (done >= 200) {
                        throw new IllegalStateException("the connection dropped");
                    }
                }))
                .hasMessage("the connection dropped");

        assertThat(partners.count(PartnerFilter.byName(tag))).isZero();
    }

    @Test
    void reimporting_the_same_file_reports_already_present_or_updates_as_chosen() {
        String csv = """
                External id,Name,Kind,Mission
                ext-%1$s,Riverside Makers %1$s,DEI organization,Repair cafés
                ,Hill Museum %1$s,Science leader,Exhibits
                """.formatted(tag);
        run(ImportKind.PARTNERS, read(ImportKind.PARTNERS, csv), ImportOptions.defaults());

        ImportResult again = run(ImportKind.PARTNERS, read(ImportKind.PARTNERS, csv), ImportOptions.defaults());
        assertThat(again.created()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(2);
        assertThat(partners.count(PartnerFilter.byName(tag))).isEqualTo(2);

        String renamed = """
                External id,Name,Kind,Mission
                ext-%1$s,Riverside Makers Collective %1$s,DEI organization,Repair cafés and tool loans
                ,hill museum %1$s,Science leader,Exhibits and camps
                """.formatted(tag);
        ImportPreview preview =
                preview(ImportKind.PARTNERS, read(ImportKind.PARTNERS, renamed), new ImportOptions(null, true, false));
        assertThat(preview.firstRows())
                .extracting(ImportPreview.Row::action)
                .containsExactly(RowAction.UPDATE, RowAction.UPDATE);
        ImportResult updated =
                run(ImportKind.PARTNERS, read(ImportKind.PARTNERS, renamed), new ImportOptions(null, true, false));
        assertThat(updated.updated()).isEqualTo(2);
        assertThat(names(tag)).containsExactly("hill museum " + tag, "Riverside Makers Collective " + tag);
        PartnerDetails makers =
                partners.get(find("Riverside Makers Collective " + tag).id());
        assertThat(makers.missionAndGoals()).isEqualTo("Repair cafés and tool loans");
        assertThat(makers.kind()).isEqualTo(PartnerKind.DEI_ORGANIZATION);
    }

    @Test
    void a_name_twice_in_one_file_is_a_bad_row_naming_the_first_line() {
        ImportPreview preview =
                preview(ImportKind.PARTNERS, read(ImportKind.PARTNERS, """
                Name,Kind
                Hill Museum %1$s,Science leader
                HILL MUSEUM %1$s,Science leader
                """.formatted(tag)), ImportOptions.defaults());

        assertThat(preview.problems())
                .containsExactly(
                        new RowProblem(3, "Name", "The same partner as line 2; a file names each partner once."));
    }

    @Test
    void the_mapping_is_remembered_per_kind_for_the_user() {
        CsvFile file = read(ImportKind.PARTNERS, "Organisation name,Sort of partner\nA " + tag + ",Other\n");
        ColumnMapping guessed = imports.suggestedMapping(ImportKind.PARTNERS, file.headers());
        assertThat(guessed.has("kind")).isFalse();
        ImportPreview refused = imports.preview(ImportKind.PARTNERS, file, guessed, ImportOptions.defaults());
        assertThat(refused.mappingProblems())
                .contains("Choose the column that holds “Name”.", "Choose the column that holds “Kind”.");

        imports.preview(
                ImportKind.PARTNERS,
                file,
                ColumnMapping.none().with("name", 0).with("kind", 1),
                ImportOptions.defaults());

        CsvFile reordered = read(ImportKind.PARTNERS, "Sort of partner,Organisation name\nOther,B " + tag + "\n");
        assertThat(imports.suggestedMapping(ImportKind.PARTNERS, reordered.headers())
                        .columns())
                .containsEntry("name", 1)
                .containsEntry("kind", 0);
    }

    // ---- the file itself

    @Test
    void semicolons_a_byte_order_mark_and_quoted_line_breaks_are_read_with_the_right_line_numbers() {
        String csv = "\uFEFFName;Kind;Mission and goals\r\n"
                + "\"Café Lumière; Arts " + tag + "\";Other;\"Two lines:\r\nrepair and read\"\r\n"
                + "Østby Lab " + tag + ";Nope;\r\n";
        CsvFile file = read(ImportKind.PARTNERS, csv);

        assertThat(file.delimiter()).isEqualTo(';');
        assertThat(file.headers()).containsExactly("Name", "Kind", "Mission and goals");
        ImportPreview preview = preview(ImportKind.PARTNERS, file, ImportOptions.defaults());
        assertThat(preview.firstRows().getFirst().values())
                .contains("Café Lumière; Arts " + tag, "Two lines:\r\nrepair and read");
        assertThat(preview.problems())
                .extracting(RowProblem::line, RowProblem::column)
                .containsExactly(Tuple.tuple(4, "Kind"));
    }

    @Test
    void a_latin1_file_is_refused_naming_the_line_and_reads_correctly_in_the_chosen_encoding() {
        byte[] bytes = ("Name,Kind\nPlain Org " + tag + ",Other\nCaf\u00e9 Lumi\u00e8re " + tag + ",Other\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> imports.read(ImportKind.PARTNERS, "latin1.csv", bytes, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsOnlyKeys("encoding")
                                .hasEntrySatisfying(
                                        "encoding",
                                        m -> assertThat(m)
                                                .startsWith("The file is not valid UTF-8: line 3 has the byte 0xE9")
                                                .contains("Windows-1252")));

        CsvFile file = imports.read(ImportKind.PARTNERS, "latin1.csv", bytes, Charset.forName("windows-1252"));
        run(ImportKind.PARTNERS, file, ImportOptions.defaults());
        assertThat(names(tag)).containsExactly("Café Lumière " + tag, "Plain Org " + tag);
    }

    @Test
    void a_binary_file_a_workbook_and_a_file_without_columns_are_refused_as_not_csv() {
        assertRefused(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13},
                "This is not a CSV file: it holds " + "binary data (line 1).");
        assertRefused(
                new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0},
                "This is not a CSV file: it is a packed file such as " + "an Excel workbook (.xlsx).");
        assertRefused(
                "Just a letter to the library\nwith two lines\n".getBytes(StandardCharsets.UTF_8),
                "This does not look like a CSV file: its first line has no commas or semicolons");
        assertRefused(
                "a,b,c,d\n1\n2\n3,4\n".getBytes(StandardCharsets.UTF_8),
                "This does not look like a CSV file: 3 of 3 rows do not have the header's 4 columns.");
        assertRefused(new byte[0], "The file is empty.");
    }

    @Test
    void a_50_mb_file_is_refused_naming_the_limit() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');

        assertRefused(big, "The file is 50 MB; imports are limited to 10 MB (setting commonground.import.max-bytes).");
        assertThat(imports.maxSize()).isEqualTo("10 MB");
    }

    @Test
    @WithMockUser(username = "sam", roles = "STAFF")
    void outreach_staff_are_refused_a_partner_import_in_the_service() {
        assertThat(imports.allowedKinds()).containsExactly(ImportKind.INTERACTIONS);
        assertThatThrownBy(() -> imports.read(
                        ImportKind.PARTNERS, "p.csv", "Name,Kind\nA,Other\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- contacts and interactions

    @Test
    void contacts_are_matched_to_their_partner_by_name_or_external_id_and_not_duplicated() {
        run(ImportKind.PARTNERS, read(ImportKind.PARTNERS, """
                External id,Name,Kind
                p-%1$s,Riverside Makers %1$s,DEI organization
                ,Hill Museum %1$s,Science leader
                """.formatted(tag)), ImportOptions.defaults());
        String csv = """
                Partner name,Partner external id,Full name,Email,Phone
                ,p-%1$s,Grace Nakamura,grace@example.org,
                Hill Museum %1$s,,Owen Fraser,,(555) 010-1140
                Nowhere Org %1$s,,Ann Lee,,
                Hill Museum %1$s,,Bo Chen,bo at example,
                """.formatted(tag);

        ImportResult result = run(ImportKind.CONTACTS, read(ImportKind.CONTACTS, csv), ImportOptions.defaults());

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.rejected())
                .containsExactly(
                        new RowProblem(
                                4,
                                "Partner name",
                                "No partner is named “Nowhere Org " + tag
                                        + "”. Import or add the partner first, or correct the name."),
                        new RowProblem(5, "Email", "Enter an e-mail address like name@example.org"));
        assertThat(partners.contactsOf(find("Riverside Makers " + tag).id()))
                .extracting(ContactDetails::fullName)
                .containsExactly("Grace Nakamura");

        ImportResult again = run(ImportKind.CONTACTS, read(ImportKind.CONTACTS, csv), ImportOptions.defaults());
        assertThat(again.created()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(2);
        assertThat(partners.contactsOf(find("Hill Museum " + tag).id())).hasSize(1);
    }

    @Test
    void interactions_name_their_partners_and_ambiguous_dates_need_a_format() {
        run(ImportKind.PARTNERS, read(ImportKind.PARTNERS, """
                Name,Kind,Government body
                Mayor's Office %1$s,Local government,Executive branch
                Hill Museum %1$s,Science leader,
                """.formatted(tag)), ImportOptions.defaults());
        CsvFile file = read(ImportKind.INTERACTIONS, """
                Date,Time,Kind,Partners,Notes
                03/04/2026,10:00,Meeting,Mayor's Office %1$s; Hill Museum %1$s,Heat plan %1$s
                05/06/2026,2:30 PM,Call,Hill Museum %1$s,Camps %1$s
                07/08/2026,,Meeting,Unknown Org %1$s,Nothing %1$s
                """.formatted(tag));

        ImportPreview ambiguous = preview(ImportKind.INTERACTIONS, file, ImportOptions.defaults());
        assertThat(ambiguous.dateOrderNeeded()).isTrue();
        assertThat(ambiguous.canImport()).isFalse();
        assertThat(ambiguous.problems())
                .contains(new RowProblem(
                        2,
                        "Date",
                        "“03/04/2026” could be day/month or month/day: choose the file's date format above."));

        ImportOptions dayFirst = new ImportOptions(DateOrder.DAY_MONTH_YEAR, false, false);
        ImportPreview preview = preview(ImportKind.INTERACTIONS, file, dayFirst);
        assertThat(preview.firstRows().getFirst().values())
                .startsWith(
                        "2026-04-03",
                        "10:00",
                        "America/Chicago",
                        "Meeting",
                        "The library",
                        "Mayor's Office " + tag + "; Hill Museum " + tag);
        assertThat(preview.problems())
                .containsExactly(new RowProblem(
                        4,
                        "Partners",
                        "No partner is named “Unknown Org " + tag
                                + "”. Import or add the partner first, or correct the name."));

        ImportResult result = run(ImportKind.INTERACTIONS, file, dayFirst);
        assertThat(result.created()).isEqualTo(2);
        List<InteractionSummary> logged =
                interactions.timeline(find("Mayor's Office " + tag).id(), null, null, PageRequest.of(0, 10));
        assertThat(logged).hasSize(1);
        assertThat(logged.getFirst().at().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(logged.getFirst().at().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(logged.getFirst().partners()).containsExactly("Hill Museum " + tag, "Mayor's Office " + tag);
        assertThat(interactions.timeline(find("Hill Museum " + tag).id(), null, null, PageRequest.of(0, 10)))
                .hasSize(2);
        // The notes are in the search index, and the partners' last contact is up to date, as for a logged meeting.
        assertThat(interactions.search(InteractionFilter.all().withText("heat plan " + tag), PageRequest.of(0, 10)))
                .extracting(InteractionSummary::id)
                .containsExactly(logged.getFirst().id());
        assertThat(find("Mayor's Office " + tag).lastContactAt())
                .isEqualTo(logged.getFirst().at().toInstant());
    }

    // ---- helpers

    private void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> imports.read(ImportKind.PARTNERS, "bad.csv", bytes, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(String.join(" ", e.fieldMessages().values()))
                                .startsWith(message));
    }

    private CsvFile read(ImportKind kind, String csv) {
        return imports.read(kind, "test.csv", csv.getBytes(StandardCharsets.UTF_8), null);
    }

    private ImportPreview preview(ImportKind kind, CsvFile file, ImportOptions options) {
        return imports.preview(kind, file, imports.suggestedMapping(kind, file.headers()), options);
    }

    private ImportResult run(ImportKind kind, CsvFile file, ImportOptions options) {
        return imports.run(kind, file, imports.suggestedMapping(kind, file.headers()), options, done -> {});
    }

    private List<String> names(String text) {
        return partners.search(PartnerFilter.byName(text), PageRequest.of(0, 50, Sort.by("name"))).stream()
                .map(PartnerSummary::name)
                .toList();
    }

    private PartnerSummary find(String name) {
        return partners.search(PartnerFilter.byName(name), PageRequest.of(0, 5)).getFirst();
    }
}
