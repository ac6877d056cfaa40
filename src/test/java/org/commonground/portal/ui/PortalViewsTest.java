package org.commonground.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Supplier;
import org.commonground.app.NotFoundView;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentSummary;
import org.commonground.commitment.PartnerUpdateItem;
import org.commonground.commitment.PortalCommitmentService;
import org.commonground.history.HistoryEntry;
import org.commonground.mission.MissionFilter;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.mission.PortalMissionService;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** The portal as the demo partner user (Maple River Watershed District) meets it, without a browser. */
@ViewTest
@WithUserDetails("partner")
class PortalViewsTest extends SpringBrowserlessTest {

    @Autowired
    PortalCommitmentService portalCommitments;

    @Autowired
    PortalMissionService portalMissions;

    @Autowired
    CommitmentService commitments;

    @Autowired
    MissionService missions;

    @Test
    void the_portal_shows_the_organizations_commitments_missions_and_shared_meetings_and_nothing_of_others() {
        PortalView portal = navigate(PortalView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Maple River Watershed District");
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .containsSubsequence("Commitments", "Shared missions", "What the library logged with us");
        String text = portal.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "Lowlands branch meeting room for volunteer stream-monitor trainings",
                        "Weekly E. coli readings for the three river beaches",
                        "Awaiting your acknowledgement",
                        "River-safe summers",
                        "Walked through the Lowlands flood map");
        assertThat(text).as("a meeting staff did not share").doesNotContain("Internal debrief");
        assertThat(text)
                .as("no other organization")
                .doesNotContain("Office of the Mayor", "Discovery Science Museum", "Eastside Neighbors United");
    }

    @Test
    void one_search_narrows_every_section_and_says_when_nothing_matches() {
        PortalView portal = navigate(PortalView.class);
        test(portal.search).setValue("beach");
        String text = portal.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "Weekly E. coli readings for the three river beaches",
                        "River-safe summers",
                        "Agreed the beach-reading posters");
        assertThat(text).doesNotContain("Lowlands branch meeting room", "Walked through the Lowlands flood map");

        test(portal.search).setValue("cleaner air");
        assertThat($(Paragraph.class).withClassName("empty-state").all())
                .extracting(Paragraph::getText)
                .contains(
                        "No commitment matches “cleaner air”.",
                        "No shared mission matches “cleaner air”.",
                        "No shared note matches “cleaner air”.");
    }

    @Test
    void another_organizations_records_and_the_library_pages_are_not_found() {
        long theirs = asStaff(() -> commitments.search(CommitmentFilter.none(), PageRequest.of(0, 100)).stream()
                .filter(c -> !c.partnerName().equals("Maple River Watershed District"))
                .findFirst()
                .orElseThrow()
                .id());
        long airMission = asStaff(() -> missions.search(
                        new MissionFilter(MissionStatus.ADOPTED, null, null, "cleaner air"), PageRequest.of(0, 1))
                .getFirst()
                .id());
        long ours = mine("Lowlands branch meeting room").id();

        navigate("portal/commitments/" + theirs, NotFoundView.class);
        navigate("portal/missions/" + airMission, NotFoundView.class);
        navigate("portal/interactions/1", NotFoundView.class);
        navigate("commitments/" + ours, NotFoundView.class);
        navigate("partners", NotFoundView.class);
        navigate("admin/users", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Not found");
        navigate("portal/commitments/" + ours, PortalCommitmentView.class);
    }

    @Test
    void acknowledging_a_commitment_the_library_made_is_in_its_history_under_the_partners_name_and_on_staff_home() {
        CommitmentSummary workshops = mine("Family workshops on reading the beach water-quality signs");
        PortalCommitmentView page = navigate("portal/commitments/" + workshops.id(), PortalCommitmentView.class);
        assertThat(page.acknowledge.isAttached()).isTrue();
        assertThat($(Button.class).withText("Mark fulfilled").exists())
                .as("the library moves its own")
                .isFalse();

        test(page.acknowledge).click();

        assertThat($(Paragraph.class).withClassName("acknowledged").single().getText())
                .startsWith("Acknowledged by Tanya Brooks on");
        List<HistoryEntry> history = portalCommitments.history(workshops.id());
        assertThat(history.getFirst().by()).isEqualTo("partner");
        assertThat(history.getFirst().changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("Acknowledged by the partner");
            assertThat(c.after()).isEqualTo("Tanya Brooks");
        });
        List<PartnerUpdateItem> updates = asStaff(() -> commitments.partnerUpdates(30, 10));
        assertThat(updates).anySatisfy(u -> {
            assertThat(u.commitmentId()).isEqualTo(workshops.id());
            assertThat(u.who()).isEqualTo("Tanya Brooks");
            assertThat(u.partnerName()).isEqualTo("Maple River Watershed District");
            assertThat(u.action()).isEqualTo("acknowledged");
        });
    }

    @Test
    void the_organization_moves_and_notes_what_it_gives_within_the_lifecycle() {
        CommitmentSummary talks = mine("Watershed scientist talks at branch flood-preparedness nights");
        PortalCommitmentView page = navigate("portal/commitments/" + talks.id(), PortalCommitmentView.class);
        assertThat($(Button.class).withText("Acknowledge").exists())
                .as("they give it")
                .isFalse();
        assertThat($(Button.class).withText("Mark fulfilled").exists())
                .as("a proposal must become active first")
                .isFalse();

        test($(Button.class).withText("Make active").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(portalCommitments.get(talks.id()).status()).isEqualTo(CommitmentStatus.ACTIVE);

        PortalCommitmentView again = (PortalCommitmentView) getCurrentView();
        test(again.note).setValue("First talk booked for the Lowlands branch.");
        test($(Button.class).withText("Add note").single()).click();
        assertThat(portalCommitments.get(talks.id()).notes())
                .extracting(n -> n.text())
                .contains("First talk booked for the Lowlands branch.");

        test(again.note).setValue("   ");
        test($(Button.class).withText("Add note").single()).click();
        assertThat(again.note.isInvalid()).isTrue();
        assertThat(again.note.getErrorMessage()).isEqualTo("Write the progress note first.");
    }

    @Test
    void a_mission_shows_its_measures_as_charts_with_tables_and_no_other_signatories() {
        long river = portalMissions.ofMyOrganization("river-safe").getFirst().id();
        PortalMissionView page = navigate("portal/missions/" + river, PortalMissionView.class);
        assertThat($(NativeTable.class).first().getCaptionText())
                .isEqualTo("Measurements of Branches posting the weekly beach readings (branches)");
        Component chart = $(Div.class).withClassName("measure-chart").first();
        assertThat(chart.getElement().getProperty("innerHTML")).contains("role=\"img\"", "<desc");
        assertThat(page.getElement().getTextRecursively()).doesNotContain("Signator");

        long flood = portalMissions.ofMyOrganization("flood risk").getFirst().id();
        navigate("portal/missions/" + flood, PortalMissionView.class);
        assertThat($(Span.class).withId("mission-status").single().getText()).startsWith("Draft, being discussed");
    }

    private CommitmentSummary mine(String description) {
        return portalCommitments.ofMyOrganization(description).getFirst();
    }

    /** Some look-ups are the library's: done as staff, then back to the partner user. */
    private static <T> T asStaff(Supplier<T> work) {
        Authentication partner = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "staff", null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(partner);
            assertThat(UI.getCurrent()).isNotNull();
        }
    }
}
