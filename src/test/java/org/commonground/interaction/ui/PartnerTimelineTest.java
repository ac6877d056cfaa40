package org.commonground.interaction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerService;
import org.commonground.partner.ui.PartnerDetailView;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The partner page's timeline holds interactions, commitments and check-ins, newest first, each filterable. */
@ViewTest
@WithUserDetails("director")
class PartnerTimelineTest extends SpringBrowserlessTest {

    @Autowired
    PartnerService partners;

    @Test
    void the_mayors_office_timeline_merges_meetings_commitments_and_check_ins() {
        long id = partners.search(PartnerFilter.byName("Office of the Mayor"), PageRequest.of(0, 1))
                .getFirst()
                .id();
        navigate("partners/" + id, PartnerDetailView.class);
        PartnerTimeline timeline = $(PartnerTimeline.class).single();

        List<TimelineRow> rows = rows(timeline);
        assertThat(rows).anyMatch(r -> r.interaction() != null);
        assertThat(rows)
                .anyMatch(r -> r.entry() != null
                        && r.entry().kind().equals("Commitment")
                        && r.entry().title().equals("City funding for the STEM equity coordinator position"));
        assertThat(rows).anyMatch(r -> r.entry() != null && r.entry().kind().equals("Check-in"));
        assertThat(rows).isSortedAccordingTo((a, b) -> b.at().toInstant().compareTo(a.at().toInstant()));

        test(timeline.kind).selectItem("Commitments");
        assertThat(rows(timeline))
                .isNotEmpty()
                .allMatch(r -> r.entry() != null && r.entry().kind().equals("Commitment"));
        test(timeline.kind).selectItem("Meeting");
        assertThat(rows(timeline)).isNotEmpty().allMatch(r -> r.interaction() != null);
    }

    private static List<TimelineRow> rows(PartnerTimeline timeline) {
        return timeline.grid.getLazyDataView().getItems().toList();
    }
}
