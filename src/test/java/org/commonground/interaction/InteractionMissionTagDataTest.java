package org.commonground.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.IssuePriority;
import org.commonground.history.HistoryEntry;
import org.commonground.mission.MissionForm;
import org.commonground.mission.MissionService;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.shared.InvalidInputException;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Staff tag interactions with the shared missions they served; the mission page lists them. */
@DataTest
@WithMockUser(
        username = "tag.tester",
        roles = {"STAFF", "DIRECTOR"})
class InteractionMissionTagDataTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    InteractionService interactions;

    @Autowired
    MissionService missions;

    @Autowired
    PartnerService partners;

    @Autowired
    CommunityIssueService issues;

    @Autowired
    UserAccountService accounts;

    String tag;
    long lab;
    long mission;
    long other;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        long me = accounts.createAccount(
                        "tag.tester." + tag, "Tag Tester " + tag, Role.STAFF, "long enough secret", null, false)
                .id();
        PartnerForm partner = new PartnerForm();
        partner.setName("Air Lab " + tag);
        partner.setKind(PartnerKind.SCIENCE_LEADER);
        lab = partners.create(partner, false);
        long issue = issues.create(CommunityIssueForm.of("Air " + tag, null, IssuePriority.HIGH));
        mission = missions.create(mission("Sensors on every block " + tag, issue, me));
        other = missions.create(mission("Cooling centers " + tag, issue, me));
    }

    @Test
    void an_interaction_tagged_with_a_mission_is_listed_for_it_and_the_tag_is_in_its_history() {
        InteractionForm form = meeting(LocalDate.of(2026, 3, 10));
        form.setMissionIds(Set.of(mission));
        long tagged = interactions.log(form);
        long untagged = interactions.log(meeting(LocalDate.of(2026, 3, 11)));

        assertThat(interactions.get(tagged).missions())
                .extracting(Named::name)
                .containsExactly("Sensors on every block " + tag);
        assertThat(interactions.taggedWith(mission, PageRequest.of(0, 10)))
                .extracting(InteractionSummary::id)
                .containsExactly(tagged);
        assertThat(interactions.countTaggedWith(mission)).isEqualTo(1);
        assertThat(interactions.taggedWith(other, PageRequest.of(0, 10))).isEmpty();

        InteractionForm edit = interactions.formFor(untagged);
        edit.setMissionIds(Set.of(mission, other));
        interactions.update(untagged, edit);
        assertThat(interactions.taggedWith(mission, PageRequest.of(0, 10)))
                .extracting(InteractionSummary::id)
                .containsExactly(untagged, tagged);
        assertThat(interactions.history(untagged).getFirst().changes())
                .extracting(HistoryEntry.FieldChange::field)
                .containsExactly("Shared missions");
    }

    @Test
    void a_retired_mission_is_not_offered_and_cannot_be_added_anew_but_stays_where_it_was() {
        InteractionForm form = meeting(LocalDate.of(2026, 3, 10));
        form.setMissionIds(Set.of(mission));
        long id = interactions.log(form);
        missions.adopt(mission, LocalDate.of(2026, 1, 5), missions.get(mission).version());
        missions.retire(mission, missions.get(mission).version());

        assertThat(interactions.missionChoices(Set.of()))
                .extracting(Named::id)
                .doesNotContain(mission)
                .contains(other);
        assertThat(interactions.missionChoices(Set.of(mission)))
                .extracting(Named::name)
                .contains("Sensors on every block " + tag + " (retired)");

        InteractionForm keep = interactions.formFor(id);
        keep.setNotes("Still about the sensors");
        interactions.update(id, keep);
        assertThat(interactions.get(id).missions()).extracting(Named::id).containsExactly(mission);

        InteractionForm fresh = meeting(LocalDate.of(2026, 3, 12));
        fresh.setMissionIds(Set.of(mission));
        assertThatThrownBy(() -> interactions.log(fresh))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("missionIds"))
                                .endsWith("is retired: new interactions cannot " + "be tagged with it."));
    }

    private InteractionForm meeting(LocalDate day) {
        InteractionForm form =
                InteractionForm.now(day.atTime(LocalTime.of(10, 0)).atZone(CHICAGO), null);
        form.setPartnerIds(Set.of(lab));
        return form;
    }

    private MissionForm mission(String statement, long issue, long owner) {
        MissionForm form = new MissionForm();
        form.setStatement(statement);
        form.setIssueId(issue);
        form.setSignatoryPartnerIds(Set.of(lab));
        form.setOwnerId(owner);
        return form;
    }
}
