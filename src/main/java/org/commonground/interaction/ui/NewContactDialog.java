package org.commonground.interaction.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.commonground.interaction.Named;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerService;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.FieldErrors;

/** Add a person met at the meeting without leaving the log form. */
class NewContactDialog extends Dialog {

    final ComboBox<Named> partner = new ComboBox<>("Works at");
    final TextField fullName = new TextField("Name");
    final EmailField email = new EmailField("E-mail");
    final Button save = new Button("Add contact");

    NewContactDialog(PartnerService partners, List<Named> choices, Consumer<Named> added) {
        setHeaderTitle("New contact");
        partner.setItems(choices);
        partner.setItemLabelGenerator(Named::name);
        partner.setValue(choices.isEmpty() ? null : choices.getFirst());
        partner.setVisible(choices.size() > 1);
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(ContactForm.NAME_MAX);
        add(new FormLayout(partner, fullName, email));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(fullName, email);
        save.addClickListener(e -> {
            if (partner.getValue() == null) {
                partner.setErrorMessage("Choose the partner this person works at.");
                partner.setInvalid(true);
                return;
            }
            ContactForm form = new ContactForm();
            form.setFullName(fullName.getValue());
            form.setEmail(email.getValue());
            try {
                long id = partners.addContact(partner.getValue().id(), form);
                Feedback.saved(fullName.getValue().strip() + " was added to "
                        + partner.getValue().name() + ".");
                close();
                added.accept(new Named(id, fullName.getValue().strip()));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex.fieldMessages(), Map.of("fullName", fullName, "email", email));
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fullName.focus();
            }
        });
    }
}
