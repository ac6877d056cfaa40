package org.commonground.vetting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerService;
import org.commonground.partner.ui.PartnerDetailView;
import org.commonground.testsupport.ViewTest;
import org.commonground.vetting.Verdict;
import org.commonground.vetting.VettingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Vetting a partner from its page, as outreach staff meet it, over the demo library. */
@ViewTest
@WithUserDetails("staff")
class VetPartnerDialogTest extends SpringBrowserlessTest {

    @Autowired
    PartnerService partners;

    @Autowired
    VettingService vettings;

    private PartnerVetting open(String partnerName) {
        long id = partners.search(PartnerFilter.byName(partnerName), PageRequest.of(0, 1))
                .getFirst()
                .id();
        navigate("partners/" + id, PartnerDetailView.class);
        return $(PartnerVetting.class).single();
    }

    @Test
    void a_partner_never_vetted_says_so_and_offers_to_vet_it() {
        PartnerVetting section = open("Office of the Mayor of Maple Falls");

        assertThat($(Paragraph.class, section).withText("Not vetted yet.").exists())
                .isTrue();
        assertThat(section.vet.getText()).isEqualTo("Vet this partner");
        assertThat(section.vet.isEnabled()).isTrue();
    }

    @Test
    void unanswered_criteria_and_a_missing_note_are_named_on_their_fields_and_nothing_is_saved() {
        PartnerVetting section = open("Maple Falls Youth Justice Network");
        long partnerId = partners.search(
                        PartnerFilter.byName("Maple Falls Youth Justice Network"), PageRequest.of(0, 1))
                .getFirst()
                .id();
        test(section.vet).click();
        VetPartnerDialog dialog = $(VetPartnerDialog.class).single();
        List<RadioButtonGroup<Verdict>> groups = List.copyOf(dialog.answers.values());
        RadioButtonGroup<Verdict> benefit = dialog.answers.values().stream()
                .filter(g -> g.getLabel().equals("Mutually beneficial"))
                .findFirst()
                .orElseThrow();

        test(dialog.save).click();

        assertThat(benefit.isInvalid()).isTrue();
        assertThat(benefit.getErrorMessage())
                .isEqualTo("Answer “Mutually beneficial”: met, not met or not applicable.");
        assertThat(groups).allMatch(RadioButtonGroup::isInvalid);
        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).isEqualTo(groups.size() + " answers need your attention.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(vettings.vettingsOf(partnerId)).isEmpty();

        groups.forEach(g -> test(g).selectItem("Met"));
        test(benefit).selectItem("Not met");
        test(dialog.save).click();

        long benefitId = dialog.answers.entrySet().stream()
                .filter(e -> e.getValue() == benefit)
                .findFirst()
                .orElseThrow()
                .getKey();
        var note = dialog.notes.get(benefitId);
        assertThat(benefit.isInvalid()).isFalse();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getLabel()).isEqualTo("Note on “Mutually beneficial”");
        assertThat(note.getErrorMessage())
                .isEqualTo("Say why “Mutually beneficial” is not met: a note is required when a criterion is not met.");
        assertThat(dialog.problem.getText()).isEqualTo("One answer needs your attention.");
        assertThat(vettings.vettingsOf(partnerId)).isEmpty();

        test(note).setValue("So far the library asks and they give.");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(vettings.vettingsOf(partnerId)).singleElement().satisfies(v -> {
            assertThat(v.vetter()).isEqualTo("Sam Okoro");
            assertThat(v.count(Verdict.NOT_MET)).isEqualTo(1);
        });
        Paragraph status = $(Paragraph.class, section).all().stream()
                .filter(p -> p.hasClassName("vetting-status"))
                .findFirst()
                .orElseThrow();
        assertThat(status.getText())
                .startsWith("Vetted on ")
                .contains(" by Sam Okoro · ")
                .endsWith((groups.size() - 1) + " of " + groups.size() + " criteria met.");
    }

    @Test
    void the_partner_page_shows_the_latest_vetting_and_earlier_ones_newest_first() {
        PartnerVetting section = open("Eastside Neighbors United");

        Paragraph status = $(Paragraph.class, section).all().stream()
                .filter(p -> p.hasClassName("vetting-status"))
                .findFirst()
                .orElseThrow();
        assertThat(status.getText()).contains("by Sam Okoro").endsWith("3 of 3 criteria met.");
        assertThat($(H3.class, section).withText("Earlier vettings").exists()).isTrue();
        assertThat($(Details.class, section).all())
                .extracting(Details::getSummaryText)
                .anySatisfy(s -> assertThat(s).contains("Renee Alvarez · 2 of 3 criteria met"));
    }

    @Test
    void a_vetting_older_than_twelve_months_asks_to_vet_again() {
        PartnerVetting section = open("Black Heritage Education Collective");

        assertThat($(Paragraph.class, section).all())
                .extracting(Paragraph::getText)
                .contains("This vetting is more than 12 months old: vet Black Heritage Education Collective again.");
    }
}
