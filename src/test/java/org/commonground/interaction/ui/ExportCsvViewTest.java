package org.commonground.interaction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonground.interaction.InteractionKind;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The interactions list's "Export CSV": the file holds what the list shows with the filters the user set. */
@ViewTest
@WithUserDetails("staff")
class ExportCsvViewTest extends SpringBrowserlessTest {

    @Test
    void the_export_link_downloads_the_filtered_list_as_csv() throws Exception {
        InteractionsView view = navigate(InteractionsView.class);
        Anchor link = (Anchor) view.getElement()
                .getComponent()
                .orElseThrow()
                .getChildren()
                .flatMap(c -> c.getChildren())
                .filter(c -> "export-interactions".equals(c.getId().orElse(null)))
                .findFirst()
                .orElseThrow();
        assertThat(link.getText()).isEqualTo("Export CSV");
        assertThat(link.getElement().hasAttribute("download"))
                .as("a download, not a page")
                .isTrue();
        assertThat(link.getHref()).as("served by the download handler").isNotBlank();

        List<CSVRecord> all = rows(view);
        test(view.kind).selectItem(InteractionKind.REVIEW.label());
        int shown = test(view.grid).size();
        List<CSVRecord> reviews = rows(view);

        assertThat(all.size()).isGreaterThan(reviews.size());
        assertThat(reviews)
                .hasSize(shown)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("kind")).isEqualTo(InteractionKind.REVIEW.label()));
        for (int i = 0; i < shown; i++) {
            assertThat(reviews.get(i).get("id"))
                    .as("row %d in the list's order", i)
                    .isEqualTo(String.valueOf(test(view.grid).getRow(i).id()));
        }
    }

    private static List<CSVRecord> rows(InteractionsView view) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.export(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,date,time,");
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
    }
}
