package org.commonground.partner.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerService;
import org.commonground.shared.ui.DialogSave;

/** Add or edit one contact person of a partner. */
class ContactDialog extends Dialog {

    final TextField fullName = new TextField("Name");
    final TextField title = new TextField("Title or role");
    final EmailField email = new EmailField("E-mail");
    final TextField phone = new TextField("Phone");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save contact");

    private final BeanValidationBinder<ContactForm> binder = new BeanValidationBinder<>(ContactForm.class);

    ContactDialog(
            PartnerService partners, long partnerId, String partnerName, ContactDetails existing, Runnable afterSave) {
        setHeaderTitle(existing == null ? "New contact at " + partnerName : "Edit " + existing.fullName());
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(ContactForm.NAME_MAX);
        title.setMaxLength(ContactForm.TITLE_MAX);
        email.setMaxLength(ContactForm.EMAIL_MAX);
        phone.setMaxLength(ContactForm.PHONE_MAX);
        phone.setHelperText("For example (555) 010-2345");
        notes.setMaxLength(ContactForm.NOTES_MAX);
        binder.bindInstanceFields(this);
        ContactForm form = new ContactForm();
        if (existing != null) {
            form.setFullName(existing.fullName());
            form.setTitle(existing.title());
            form.setEmail(existing.email());
            form.setPhone(existing.phone());
            form.setNotes(existing.notes());
            form.setVersion(existing.version());
        }
        binder.readBean(form);

        FormLayout layout = new FormLayout(fullName, title, email, phone, notes);
        layout.setColspan(notes, 2);
        add(layout);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(fullName, title, email, phone);
        save.addClickListener(e -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            DialogSave.save(
                    this,
                    fields(),
                    () -> {
                        if (existing == null) {
                            partners.addContact(partnerId, form);
                        } else {
                            partners.updateContact(existing.id(), form);
                        }
                        return form.getFullName() + " was saved.";
                    },
                    afterSave);
        });
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }

    private Map<String, HasValidation> fields() {
        return Map.of("fullName", fullName, "title", title, "email", email, "phone", phone, "notes", notes);
    }
}
