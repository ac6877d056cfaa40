package org.commonground.dataimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.commonground.dataimport.ImportKind;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerService;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The import page's steps as a person sees them: mapping, preview, problems, the import and its outcome. */
@ViewTest
@WithUserDetails("director")
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    PartnerService partners;

    String tag;
    ImportView view;

    @BeforeEach
    void open() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        view = navigate(ImportView.class);
        view.executor = Runnable::run;
    }

    @Test
    void headers_are_matched_by_name_the_preview_shows_rows_as_saved_and_each_bad_row() {
        test(view.kind).selectItem("Partners");
        assertThat(view.upload.isVisible()).isTrue();
        view.accept("partners.csv", utf8("""
                Organization;Type;Web site;Notes to self
                Riverside Makers %1$s;dei;https://makers.example.org;x
                ;Science leader;;y
                Hill Museum %1$s;Museum;;z
                """.formatted(tag)));

        assertThat(view.fileStatus.getText())
                .isEqualTo(
                        "partners.csv: 3 rows below a header of 4 columns, semicolon " + "separated, read as UTF-8.");
        assertThat(view.columns.get("name").getValue()).isZero();
        assertThat(shown(view.columns.get("kind"))).isEqualTo("Type");
        assertThat(shown(view.columns.get("website"))).isEqualTo("Web site");
        assertThat(shown(view.columns.get("status"))).isEqualTo("— not in the file —");

        test(view.preview).click();

        assertThat(view.summary.getText()).isEqualTo("3 rows in the file: 1 new partner, 2 rows with problems.");
        var grid = test(view.previewGrid);
        assertThat(grid.size()).isEqualTo(3);
        assertThat(List.of(
                        grid.getCellText(0, 0), grid.getCellText(0, 1), grid.getCellText(0, 2), grid.getCellText(0, 3)))
                .containsExactly("2", "New", "Riverside Makers " + tag, "DEI organization");
        assertThat(grid.getCellText(1, 1)).isEqualTo("Has problems — not imported");
        var problems = test(view.problemsGrid);
        assertThat(problems.size()).isEqualTo(2);
        assertThat(List.of(problems.getCellText(0, 0), problems.getCellText(0, 1), problems.getCellText(0, 2)))
                .containsExactly("3", "Organization", "Enter the organization's name.");
        assertThat(List.of(problems.getCellText(1, 0), problems.getCellText(1, 1)))
                .containsExactly("4", "Type");
        assertThat(view.runSection.isVisible()).isTrue();
        assertThat(test(view.nothingIfBad).getSelected()).isNotNull();

        test(view.importButton).click();

        assertThat(view.result.getText()).isEqualTo("Imported 1 new partner; 2 rows with problems were not imported.");
        assertThat(view.resultLinks
                        .getChildren()
                        .filter(Anchor.class::isInstance)
                        .map(c -> ((Anchor) c).getText()))
                .containsExactly("Download the rejected rows (CSV)");
        assertThat(partners.count(PartnerFilter.byName(tag))).isEqualTo(1);
    }

    @Test
    void nothing_is_imported_when_the_user_asks_for_all_or_nothing() {
        test(view.kind).selectItem("Partners");
        view.accept("partners.csv", utf8("Name,Kind\nA Org %1$s,Other\nB Org %1$s,Nope\n".formatted(tag)));
        test(view.preview).click();
        test(view.nothingIfBad).selectItem("Import nothing if any row has a problem");

        test(view.importButton).click();

        assertThat(view.result.getText())
                .isEqualTo("Nothing was imported: 1 row with problems (listed above). "
                        + "Correct them and upload the file again, or choose to import the valid rows.");
        assertThat(partners.count(PartnerFilter.byName(tag))).isZero();
    }

    @Test
    void a_required_field_without_a_column_is_asked_for_before_any_preview() {
        test(view.kind).selectItem("Partners");
        view.accept("partners.csv", utf8("Organisation,Sort\nA Org %1$s,Other\n".formatted(tag)));
        test(view.preview).click();

        assertThat(view.mappingProblems.getText()).isEqualTo("Choose the column that holds “Kind”.");
        assertThat(view.previewSection.isVisible()).isFalse();

        test(view.columns.get("kind")).selectItem("Sort");
        test(view.preview).click();
        assertThat(view.mappingProblems.getText()).isEmpty();
        assertThat(view.summary.getText()).isEqualTo("1 row in the file: 1 new partner, 0 rows with problems.");
        assertThat(test(view.problemsGrid).size()).isZero();
    }

    @Test
    void ambiguous_dates_make_the_mapping_step_ask_for_the_date_format() {
        test(view.kind).selectItem("Interactions");
        view.accept("log.csv", utf8("""
                Date,Partners,Notes
                03/04/2026,Maple Falls Water Utility,Pipes
                05/06/2026,Maple Falls Water Utility,More pipes
                """));
        test(view.preview).click();

        assertThat(view.mappingProblems.getText())
                .isEqualTo("The dates could be read two ways (like 03/04/2026): "
                        + "choose the date format, then preview again.");
        assertThat(view.dateOrder.isInvalid()).isTrue();
        assertThat(view.runSection.isVisible()).isFalse();

        test(view.dateOrder).selectItem("Day/month/year (03/04/2026 is 3 April)");
        test(view.preview).click();
        assertThat(view.runSection.isVisible()).isTrue();
        assertThat(test(view.previewGrid).getCellText(0, 2)).isEqualTo("2026-04-03");
    }

    @Test
    void a_file_in_another_encoding_is_reported_and_read_again_in_the_chosen_one() {
        test(view.kind).selectItem("Partners");
        view.accept(
                "latin1.csv",
                ("Name,Kind\nCaf\u00e9 Lumi\u00e8re " + tag + ",Other\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(view.fileProblem.getText())
                .startsWith("latin1.csv: The file is not valid UTF-8: line 2 has the " + "byte 0xE9");
        assertThat(view.encoding.isVisible()).isTrue();
        assertThat(view.mappingSection.isVisible()).isFalse();

        test(view.encoding).selectItem("Windows-1252 (older Excel on Windows)");
        assertThat(view.fileProblem.getText()).isEmpty();
        test(view.preview).click();
        assertThat(test(view.previewGrid).getCellText(0, 2)).isEqualTo("Café Lumière " + tag);
    }

    @Test
    void a_file_that_is_not_csv_says_so_and_offers_no_mapping() {
        test(view.kind).selectItem("Contacts");
        view.accept("photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

        assertThat(view.fileProblem.getText()).startsWith("photo.csv: This is not a CSV file: it holds binary data");
        assertThat(view.mappingSection.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("staff")
    void outreach_staff_can_import_interactions_only() {
        ImportView staffView = navigate(ImportView.class);
        assertThat(test(staffView.kind).getSelected()).isEqualTo(ImportKind.INTERACTIONS);
        assertThat(staffView.kind.getListDataView().getItems()).containsExactly(ImportKind.INTERACTIONS);
    }

    /** The text the select shows for its value. */
    private static String shown(Select<Integer> select) {
        return select.getItemLabelGenerator().apply(select.getValue());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
