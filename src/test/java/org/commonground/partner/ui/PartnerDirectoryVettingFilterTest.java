package org.commonground.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.ArrayList;
import java.util.List;
import org.commonground.partner.PartnerSummary;
import org.commonground.partner.VettingFilter;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The directory's vetting filter over the demo library (four partners vetted, one of them 14 months ago). */
@ViewTest
@WithUserDetails("director")
class PartnerDirectoryVettingFilterTest extends SpringBrowserlessTest {

    @Test
    void the_vetting_filter_offers_the_four_choices_and_starts_at_any() {
        PartnerDirectoryView directory = navigate(PartnerDirectoryView.class);
        assertThat(directory.vetting.getLabel()).isEqualTo("Vetting");
        assertThat(directory.vetting.getValue()).isEqualTo(VettingFilter.ANY);
        assertThat(test(directory.vetting).getSuggestions())
                .containsExactly("Any", "Not vetted", "Older than 12 months", "Vetted within 12 months");
    }

    @Test
    void older_than_twelve_months_lists_the_partner_whose_only_vetting_is_fourteen_months_old() {
        PartnerDirectoryView directory = navigate(PartnerDirectoryView.class);
        test(directory.vetting).selectItem("Older than 12 months");

        assertThat(names(directory)).containsExactly("Black Heritage Education Collective");
        assertThat(directory.count.getText()).isEqualTo("1 partner");
    }

    @Test
    void not_vetted_and_vetted_within_twelve_months_split_the_directory() {
        PartnerDirectoryView directory = navigate(PartnerDirectoryView.class);
        int all = test(directory.grid).size();

        test(directory.vetting).selectItem("Vetted within 12 months");
        List<String> current = names(directory);
        assertThat(current)
                .contains(
                        "Eastside Neighbors United",
                        "Latino Community Alliance of Maple Falls",
                        "Discovery Science Museum")
                .doesNotContain("Black Heritage Education Collective");

        test(directory.vetting).selectItem("Not vetted");
        List<String> notVetted = names(directory);
        assertThat(notVetted)
                .contains("Office of the Mayor of Maple Falls")
                .doesNotContain("Eastside Neighbors United", "Black Heritage Education Collective");
        assertThat(directory.count.getText()).isEqualTo(notVetted.size() + " partners");
        assertThat(notVetted.size() + current.size() + 1).isEqualTo(all);
    }

    private List<String> names(PartnerDirectoryView directory) {
        List<String> names = new ArrayList<>();
        int rows = test(directory.grid).size();
        for (int i = 0; i < rows; i++) {
            PartnerSummary row = test(directory.grid).getRow(i);
            names.add(row.name());
        }
        return names;
    }
}
