package org.commonground.interaction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.commonground.home.ui.HomeView;
import org.commonground.interaction.Initiator;
import org.commonground.interaction.InteractionFilter;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.mission.MissionFilter;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.security.StaffMember;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The log form as outreach staff meet it: defaults, messages on the fields, nothing half-saved. */
@ViewTest
@WithUserDetails("staff")
class LogInteractionDialogTest extends SpringBrowserlessTest {

    static final ZoneId LIBRARY = ZoneId.of("America/Chicago");

    @Autowired
    InteractionService interactions;

    @Autowired
    MissionService missions;

    private LogInteractionDialog open() {
        navigate(HomeView.class);
        test($(Button.class).withText("Log interaction").first()).click();
        return $(LogInteractionDialog.class).single();
    }

    @Test
    void a_new_interaction_defaults_to_a_meeting_now_initiated_by_the_library_with_me_present() {
        LogInteractionDialog dialog = open();

        assertThat(dialog.kind.getValue()).isEqualTo(InteractionKind.MEETING);
        assertThat(dialog.date.getValue()).isEqualTo(LocalDate.now(LIBRARY));
        assertThat(ChronoUnit.MINUTES.between(dialog.time.getValue(), LocalTime.now(LIBRARY)))
                .isBetween(-1L, 2L);
        assertThat(dialog.initiatedBy.getValue()).isEqualTo(Initiator.LIBRARY);
        assertThat(dialog.staff.getValue()).extracting(StaffMember::displayName).containsExactly("Sam Okoro");
        assertThat(dialog.contacts.getPlaceholder()).isEqualTo("Choose partners first");
        assertThat(dialog.addContact.isEnabled()).isFalse();
    }

    @Test
    void saving_without_a_partner_says_so_on_the_partner_field_and_saves_nothing() {
        long before = interactions.count(InteractionFilter.all());
        LogInteractionDialog dialog = open();
        test(dialog.notes).setValue("Notes without a partner");
        test(dialog.save).click();

        assertThat(dialog.partnerPicker.isInvalid()).isTrue();
        assertThat(dialog.partnerPicker.getErrorMessage()).isEqualTo("Choose at least one partner.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(interactions.count(InteractionFilter.all())).isEqualTo(before);
    }

    @Test
    void a_meeting_dated_next_week_is_refused_on_the_date_but_an_event_is_allowed() {
        LogInteractionDialog dialog = open();
        test(dialog.partnerPicker).selectItem("Discovery Science Museum");
        test(dialog.date).setValue(LocalDate.now(LIBRARY).plusDays(7));
        test(dialog.save).click();
        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(dialog.date.getErrorMessage()).contains("Only events can be logged ahead");

        test(dialog.kind).selectItem("Event");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void choosing_a_partner_offers_its_people_and_a_follow_up_due_too_early_is_marked_on_its_row() {
        LogInteractionDialog dialog = open();
        test(dialog.partnerPicker).selectItem("Maple Falls Water Utility");
        assertThat(test(dialog.contacts).getSuggestions()).containsExactly("Grace Nakamura");

        test(dialog.addFollowUp).click();
        FollowUpRow row = $(FollowUpRow.class).single();
        assertThat(row.owner.getValue().displayName()).isEqualTo("Sam Okoro");
        assertThat(row.dueDate.getValue()).isEqualTo(LocalDate.now(LIBRARY).plusDays(7));
        test(row.description).setValue("Send the lead service line map");
        test(row.dueDate).setValue(LocalDate.now(LIBRARY).minusDays(3));
        test(dialog.save).click();

        assertThat(row.dueDate.isInvalid()).isTrue();
        assertThat(row.dueDate.getErrorMessage()).startsWith("This is before the interaction itself");
        test(row.dueDate).setValue(LocalDate.now(LIBRARY).plusDays(3));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(interactions.myOpenFollowUps())
                .extracting(f -> f.description())
                .contains("Send the lead service line map");
    }

    @Test
    void shared_missions_are_optional_and_offer_drafts_and_adopted_missions_to_tag() {
        LogInteractionDialog dialog = open();
        assertThat(dialog.missions.isRequiredIndicatorVisible()).isFalse();
        List<String> offered = test(dialog.missions).getSuggestions();
        assertThat(offered)
                .anyMatch(t -> t.startsWith("Cleaner air for east-side families"))
                .anyMatch(t -> t.startsWith("Every household in the Lowlands"));
        test(dialog.partnerPicker).selectItem("Eastside Neighbors United");
        String air = offered.stream()
                .filter(t -> t.startsWith("Cleaner air"))
                .findFirst()
                .orElseThrow();
        test(dialog.missions).selectItem(air);
        test(dialog.notes).setValue("Sensor walk with residents " + System.nanoTime());
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        long missionId = missions.search(
                        new MissionFilter(MissionStatus.ADOPTED, null, null, "cleaner air"), PageRequest.of(0, 1))
                .getFirst()
                .id();
        assertThat(interactions.taggedWith(missionId, PageRequest.of(0, 1)))
                .first()
                .satisfies(i -> assertThat(i.excerpt()).startsWith("Sensor walk with residents"));
    }

    @Test
    void notes_show_how_much_room_is_left() {
        LogInteractionDialog dialog = open();
        test(dialog.notes).setValue("Twelve chars");
        assertThat(dialog.notes.getHelperText()).isEqualTo("12 / 20,000 characters");
        assertThat(dialog.notes.getMaxLength()).isEqualTo(20_000);
    }
}
