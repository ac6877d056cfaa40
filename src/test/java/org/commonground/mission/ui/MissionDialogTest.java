package org.commonground.mission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.commonground.mission.MissionFilter;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Drafting a shared mission as outreach staff meet it: messages on the fields, nothing half-saved. */
@ViewTest
@WithUserDetails("staff")
class MissionDialogTest extends SpringBrowserlessTest {

    @Autowired
    MissionService missions;

    private MissionDialog open() {
        MissionsView list = navigate(MissionsView.class);
        test(list.create).click();
        return $(MissionDialog.class).single();
    }

    @Test
    void the_list_shows_the_demo_missions_and_filters_by_status() {
        MissionsView list = navigate(MissionsView.class);
        assertThat(test(list.grid).size()).isEqualTo((int) missions.count(MissionFilter.all()));
        test(list.status).selectItem("Draft");
        assertThat(test(list.grid).size())
                .isEqualTo((int) missions.count(new MissionFilter(MissionStatus.DRAFT, null, null, null)));
        assertThat(list.count.getText())
                .endsWith("shared mission" + (test(list.grid).size() == 1 ? "" : "s"));
    }

    @Test
    void saving_an_empty_mission_names_each_missing_field_and_saves_nothing() {
        long before = missions.count(MissionFilter.all());
        MissionDialog dialog = open();
        assertThat(dialog.owner.getValue().displayName())
                .as("the signed-in person owns a new mission")
                .isEqualTo("Sam Okoro");
        test(dialog.save).click();

        assertThat(dialog.signatories.isInvalid()).isTrue();
        assertThat(dialog.signatories.getErrorMessage())
                .isEqualTo("A shared mission needs at least one signatory partner");
        assertThat(dialog.statement.getErrorMessage()).isEqualTo("Write the mission statement.");
        assertThat(dialog.issue.getErrorMessage()).isEqualTo("Choose the community issue this mission is about.");
        assertThat(dialog.adoptionDate.isVisible())
                .as("a new mission is a draft: it is adopted later")
                .isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(missions.count(MissionFilter.all())).isEqualTo(before);
    }

    @Test
    void a_complete_draft_is_saved_and_its_page_opens() {
        MissionDialog dialog = open();
        test(dialog.statement).setValue("Every branch lends air sensors and teaches families to read them.");
        test(dialog.issue).selectItem("Air quality");
        test(dialog.signatories).selectItem("Discovery Science Museum");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        MissionView page = (MissionView) getCurrentView();
        assertThat($(H1.class).first().getText())
                .isEqualTo("Every branch lends air sensors and teaches families to read them.");
        assertThat($(Span.class).id("mission-status").getText()).isEqualTo("Draft · not yet adopted · Air quality");
        assertThat(page.adopt.isVisible()).isTrue();
        assertThat(page.retire.isVisible()).isFalse();
    }
}
