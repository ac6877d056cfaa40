package org.commonground.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Adding, correcting and removing the people of a partner from its page. */
@ViewTest
@WithUserDetails("staff")
class ContactDialogTest extends SpringBrowserlessTest {

    @Autowired
    PartnerService partners;

    long partnerId;

    @BeforeEach
    void partner() {
        PartnerForm form = new PartnerForm();
        form.setName("Contact Test Org " + System.nanoTime());
        form.setKind(PartnerKind.OTHER);
        partnerId = partners.create(form, false);
    }

    @Test
    void an_invalid_email_or_phone_is_shown_on_its_field_and_nothing_is_saved() {
        navigate("partners/" + partnerId, PartnerDetailView.class);
        test($(Button.class).withText("Add contact").single()).click();
        ContactDialog dialog = $(ContactDialog.class).single();

        test(dialog.fullName).setValue("Grace Nakamura");
        test(dialog.email).setValue("grace at example");
        test(dialog.save).click();
        assertThat(dialog.email.isInvalid()).isTrue();

        test(dialog.email).setValue("grace@example.org");
        test(dialog.phone).setValue("555-010");
        test(dialog.save).click();
        assertThat(dialog.phone.isInvalid()).isTrue();
        assertThat(dialog.phone.getErrorMessage()).isEqualTo("A phone number needs at least 7 digits.");
        assertThat(partners.contactsOf(partnerId)).isEmpty();

        test(dialog.phone).setValue("(555) 010-1140");
        test(dialog.save).click();
        assertThat(partners.contactsOf(partnerId))
                .extracting(ContactDetails::fullName)
                .containsExactly("Grace Nakamura");
    }

    @Test
    void removing_a_contact_asks_first_and_cancel_keeps_it() {
        ContactForm form = new ContactForm();
        form.setFullName("Owen Fraser");
        partners.addContact(partnerId, form);
        PartnerDetailView page = navigate("partners/" + partnerId, PartnerDetailView.class);

        test(removeButton(page)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Remove Owen Fraser?");
        test(confirm).cancel();
        assertThat(partners.contactsOf(partnerId)).hasSize(1);

        test(removeButton(page)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(partners.contactsOf(partnerId)).isEmpty();
        assertThat(test(page.contacts).size()).isZero();
    }

    /** The row's buttons live in the grid's actions column, rendered per row. */
    private Button removeButton(PartnerDetailView page) {
        var actions = test(page.contacts).getCellComponent(0, "actions");
        return $(Button.class, actions).withAriaLabel("Remove Owen Fraser").single();
    }
}
