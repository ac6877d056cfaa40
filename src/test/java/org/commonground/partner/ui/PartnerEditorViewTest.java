package org.commonground.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.commonground.app.NotFoundView;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The partner form as outreach staff use it: messages on the fields, nothing half-saved. */
@ViewTest
@WithUserDetails("staff")
class PartnerEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    PartnerService partners;

    @Test
    void saving_an_empty_form_shows_what_is_missing_on_the_fields_and_saves_nothing() {
        long before = partners.count(PartnerFilter.all());
        PartnerEditorView editor = navigate(PartnerEditorView.class);

        test(editor.save).click();

        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Enter the organization's name.");
        assertThat(editor.kind.isInvalid()).isTrue();
        assertThat(editor.kind.getErrorMessage()).isEqualTo("Choose what kind of partner this is.");
        assertThat(partners.count(PartnerFilter.all())).isEqualTo(before);
        assertThat(getCurrentView()).isSameAs(editor);
    }

    @Test
    void a_government_partner_must_say_which_body_it_is() {
        PartnerEditorView editor = navigate(PartnerEditorView.class);
        test(editor.name).setValue("Office of Neighborhood Services");
        test(editor.kind).selectItem(PartnerKind.GOVERNMENT.label());

        assertThat(editor.governmentKind.isVisible()).isTrue();
        test(editor.save).click();

        assertThat(editor.governmentKind.isInvalid()).isTrue();
        assertThat(editor.governmentKind.getErrorMessage()).isEqualTo("Choose which part of local government this is.");
        assertThat(partners.count(PartnerFilter.byName("Office of Neighborhood Services")))
                .isZero();
    }

    @Test
    void an_over_long_name_or_a_bad_website_is_refused_on_the_field() {
        PartnerEditorView editor = navigate(PartnerEditorView.class);
        test(editor.name).setValue("Eastgate Repair Cafe");
        test(editor.kind).selectItem(PartnerKind.OTHER.label());
        test(editor.website).setValue("toollibrary dot org");
        test(editor.save).click();

        assertThat(editor.website.isInvalid()).isTrue();
        assertThat(editor.website.getErrorMessage())
                .isEqualTo("Enter a web address that starts with https:// or http://");
        assertThat(partners.count(PartnerFilter.byName("Eastgate Repair Cafe"))).isZero();
    }

    @Test
    void a_valid_partner_is_saved_and_its_page_opens() {
        PartnerEditorView editor = navigate(PartnerEditorView.class);
        test(editor.name).setValue("Northside Tool Library");
        test(editor.kind).selectItem(PartnerKind.DEI_ORGANIZATION.label());
        test(editor.missionAndGoals).setValue("Lends tools and teaches repair.");
        test(editor.save).click();

        assertThat(getCurrentView()).isInstanceOf(PartnerDetailView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Northside Tool Library");
        assertThat(partners.count(PartnerFilter.byName("northside tool"))).isEqualTo(1);
    }

    @Test
    void a_duplicate_name_asks_before_saving_a_second_partner() {
        PartnerEditorView editor = navigate(PartnerEditorView.class);
        test(editor.name).setValue("Discovery Science Museum");
        test(editor.kind).selectItem(PartnerKind.SCIENCE_LEADER.label());
        test(editor.save).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("already exists");
        assertThat(partners.count(PartnerFilter.byName("Discovery Science Museum")))
                .isEqualTo(1);

        test(confirm).confirm();
        assertThat(partners.count(PartnerFilter.byName("Discovery Science Museum")))
                .isEqualTo(2);
        assertThat(getCurrentView()).isInstanceOf(PartnerDetailView.class);
    }

    @Test
    void a_stale_edit_is_refused_with_a_way_to_reload() {
        long id = partners.create(form("Maple Falls Food Bank", PartnerKind.OTHER), false);
        PartnerEditorView editor = navigate("partners/" + id + "/edit", PartnerEditorView.class);

        PartnerForm elsewhere = partners.formFor(id);
        elsewhere.setMissionAndGoals("Changed by a colleague");
        partners.update(id, elsewhere, false);

        test(editor.missionAndGoals).setValue("My change");
        test(editor.save).click();

        assertThat(editor.staleBanner.isVisible()).isTrue();
        assertThat(editor.staleBanner.getElement().getTextRecursively()).contains("Someone else changed this partner");
        assertThat(partners.get(id).missionAndGoals()).isEqualTo("Changed by a colleague");

        test($(Button.class, editor.staleBanner).single()).click();
        assertThat(editor.missionAndGoals.getValue()).isEqualTo("Changed by a colleague");
        assertThat(editor.staleBanner.isVisible()).isFalse();
    }

    @Test
    void editing_a_government_partner_keeps_its_body() {
        PartnerForm form = form("Office of Youth Services", PartnerKind.GOVERNMENT);
        form.setGovernmentKind(GovernmentKind.AGENCY);
        long id = partners.create(form, false);

        PartnerEditorView editor = navigate("partners/" + id + "/edit", PartnerEditorView.class);
        assertThat(editor.governmentKind.getValue()).isEqualTo(GovernmentKind.AGENCY);
        test(editor.communitiesServed).setValue("Teens");
        test(editor.save).click();

        assertThat(partners.get(id).governmentKind()).isEqualTo(GovernmentKind.AGENCY);
        assertThat(partners.get(id).communitiesServed()).isEqualTo("Teens");
    }

    @Test
    void an_address_to_a_partner_that_does_not_exist_shows_a_friendly_not_found_page() {
        UI.getCurrent().navigate("partners/987654321");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(Paragraph.class).first().getText()).isEqualTo("No partner with id 987654321 was found.");
    }

    private static PartnerForm form(String name, PartnerKind kind) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(kind);
        return form;
    }
}
