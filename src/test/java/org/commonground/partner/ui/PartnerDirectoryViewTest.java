package org.commonground.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerStatus;
import org.commonground.partner.PartnerSummary;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Finding partners in the directory over the demo library (31 partners). */
@ViewTest
@WithUserDetails("staff")
class PartnerDirectoryViewTest extends SpringBrowserlessTest {

    @Test
    void searching_by_part_of_a_name_narrows_the_list_and_the_count() {
        PartnerDirectoryView directory = navigate(PartnerDirectoryView.class);

        test(directory.search).setValue("WATERSHED");

        assertThat(test(directory.grid).size()).isEqualTo(1);
        assertThat(test(directory.grid).getRow(0).name()).isEqualTo("Maple River Watershed District");
        assertThat(directory.count.getText()).isEqualTo("1 partner");
    }

    @Test
    void filtering_government_by_body_shows_only_that_body() {
        PartnerDirectoryView directory = navigate(PartnerDirectoryView.class);
        assertThat(directory.governmentKind.isVisible()).isFalse();

        test(directory.kind).selectItem(PartnerKind.GOVERNMENT.label());
        assertThat(directory.governmentKind.isVisible()).isTrue();
        test(directory.governmentKind).selectItem(GovernmentKind.COUNCIL.label());

        int rows = test(directory.grid).size();
        assertThat(rows).isEqualTo(2);
        for (int i = 0; i < rows; i++) {
            PartnerSummary row = test(directory.grid).getRow(i);
            assertThat(row.kind()).isEqualTo(PartnerKind.GOVERNMENT);
            assertThat(row.governmentKind()).isEqualTo(GovernmentKind.COUNCIL);
        }
        assertThat(directory.count.getText()).isEqualTo("2 partners");
    }

    @Test
    void a_search_that_matches_nothing_says_so() {
        PartnerDirectoryView directory = navigate(PartnerDirectoryView.class);
        test(directory.search).setValue("zzz no such partner");
        test(directory.status).selectItem(PartnerStatus.ACTIVE.label());

        assertThat(test(directory.grid).size()).isZero();
        assertThat(directory.count.getText()).isEqualTo("0 partners");
        assertThat(directory.grid.getEmptyStateText()).contains("No partners match");
    }

    @Test
    void the_list_starts_sorted_by_name() {
        PartnerDirectoryView directory = navigate(PartnerDirectoryView.class);
        String first = test(directory.grid).getRow(0).name();
        String second = test(directory.grid).getRow(1).name();
        assertThat(first.compareToIgnoreCase(second)).isNegative();
    }
}
