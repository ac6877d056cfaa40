package org.commonground.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.commonground.security.NewUserForm;
import org.commonground.security.Role;
import org.commonground.security.TemporaryPassword;
import org.commonground.security.UserAdministrationService;
import org.commonground.shared.InvalidInputException;

/** Adds a library person; they get a temporary password to change at first sign-in. */
class NewUserDialog extends Dialog {

    final TextField displayName = new TextField("Name");
    final TextField username = new TextField("User name");
    final EmailField email = new EmailField("E-mail (optional)");
    final ComboBox<Role> role = new ComboBox<>("Role");
    final Button save = new Button("Add user");

    private final UserAdministrationService administration;
    private final Consumer<TemporaryPassword> onCreated;

    NewUserDialog(UserAdministrationService administration, Consumer<TemporaryPassword> onCreated) {
        this.administration = administration;
        this.onCreated = onCreated;
        setHeaderTitle("Add a library user");
        displayName.setRequired(true);
        username.setRequired(true);
        username.setHelperText("3 to 60 letters, digits or . _ - @; they sign in with it.");
        role.setItems(Role.STAFF, Role.DIRECTOR, Role.ADMIN);
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.STAFF);
        role.setRequired(true);
        FormLayout form = new FormLayout(displayName, username, email, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("30rem");
        setMaxWidth("100%");
    }

    void save() {
        Map<String, HasValidation> fields =
                Map.of("displayName", displayName, "username", username, "email", email, "role", role);
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        NewUserForm form = new NewUserForm();
        form.setDisplayName(displayName.getValue());
        form.setUsername(username.getValue());
        form.setEmail(email.getValue());
        form.setRole(role.getValue());
        try {
            TemporaryPassword created = administration.create(form);
            close();
            onCreated.accept(created);
        } catch (InvalidInputException e) {
            e.fieldMessages().forEach((name, message) -> {
                HasValidation field = fields.getOrDefault(name, username);
                field.setErrorMessage(message);
                field.setInvalid(true);
            });
        }
    }
}
