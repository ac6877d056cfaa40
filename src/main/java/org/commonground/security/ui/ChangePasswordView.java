package org.commonground.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.commonground.security.PasswordPolicy;
import org.commonground.security.UserAccountService;
import org.commonground.shared.InvalidInputException;

/** Change one's own password; users who must change it are sent here until they do. */
@Route("account/password")
@PageTitle("Change password · Common Ground")
@PermitAll
public class ChangePasswordView extends Main {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Button save = new Button("Change password");

    public ChangePasswordView(UserAccountService accounts) {
        addClassName("page");
        H1 title = new H1("Change your password");
        Paragraph help = new Paragraph(
                accounts.currentUserMustChangePassword()
                        ? "Before you continue, choose a new password of your own."
                        : "Choose a new password.");
        current.setRequired(true);
        newPassword.setRequired(true);
        newPassword.setHelperText(PasswordPolicy.HINT);
        repeated.setRequired(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            clearErrors();
            try {
                accounts.changeOwnPassword(current.getValue(), newPassword.getValue(), repeated.getValue());
                Notification.show("Your password was changed.", 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidInputException ex) {
                show(ex.fieldMessages());
            }
        });
        FormLayout form = new FormLayout(current, newPassword, repeated);
        form.setMaxWidth("28rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(title, help, form, save);
    }

    private void clearErrors() {
        for (PasswordField field : new PasswordField[] {current, newPassword, repeated}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void show(Map<String, String> messages) {
        messages.forEach((fieldName, message) -> {
            PasswordField field = switch (fieldName) {
                case "currentPassword" -> current;
                case "repeatedPassword" -> repeated;
                default -> newPassword;
            };
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
    }
}
