package org.commonground.portal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.commonground.portal.InvitationPreview;
import org.commonground.portal.InvitationService;
import org.commonground.portal.InvitationUnusableException;
import org.commonground.security.CurrentUser;
import org.commonground.security.PasswordPolicy;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;

/**
 * Where an invitation link leads: the invited contact chooses a user name and a password, and their partner
 * account exists. The link works once, for seven days; an unusable one says why and what to do.
 */
@Route(value = "invitation/:token", autoLayout = false)
@PageTitle("Accept your invitation · Common Ground")
@AnonymousAllowed
public class AcceptInvitationView extends Main implements BeforeEnterObserver {

    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeated = new PasswordField("Password again");
    final Button create = new Button("Create my account");

    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final CommonGroundProperties properties;
    private final Div card = new Div();
    private String token;

    public AcceptInvitationView(
            InvitationService invitations, CurrentUser currentUser, CommonGroundProperties properties) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.properties = properties;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        H1 title = new H1("Common Ground");
        title.addClassName("login-title");
        card.add(title);
        if (currentUser.username().isPresent()) {
            card.add(
                    new H2("You are signed in"),
                    new Paragraph("You are signed in as " + currentUser.displayName()
                            + ". Sign out first, then open the invitation link again."),
                    new Paragraph(new Anchor("", "Go to the home page")));
            return;
        }
        try {
            form(invitations.preview(token));
        } catch (InvitationUnusableException e) {
            unusable(e.getMessage());
        }
    }

    private void form(InvitationPreview preview) {
        card.add(
                new H2("Welcome, " + preview.displayName()),
                new Paragraph(properties.libraryName() + " invites you to its partner portal for "
                        + preview.partnerName() + ": the commitments, shared missions and meetings your "
                        + "organization has with the library."),
                new Paragraph("Choose a user name and a password. This link works once, until "
                        + Formats.longDate(preview.expiresAt(), properties.timeZone()) + "."));
        username.setValue(preview.suggestedUsername());
        username.setRequired(true);
        username.setHelperText("Letters, digits and . _ - @; you sign in with it.");
        username.setAutocomplete(Autocomplete.USERNAME);
        password.setRequired(true);
        password.setHelperText(PasswordPolicy.HINT);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeated.setRequired(true);
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> accept());
        FormLayout form = new FormLayout(username, password, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(form, create);
    }

    private void unusable(String message) {
        card.add(
                new H2("This invitation cannot be used"),
                new Paragraph(message),
                new Paragraph(new Anchor("login", "Go to the sign-in page")));
    }

    void accept() {
        for (var field : new HasValidation[] {username, password, repeated}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        try {
            invitations.accept(token, username.getValue(), password.getValue(), repeated.getValue());
            getUI().ifPresent(ui -> ui.getPage().setLocation("login?invited"));
        } catch (InvalidInputException e) {
            e.fieldMessages().forEach((name, message) -> {
                var field = switch (name) {
                    case "username" -> username;
                    case "repeatedPassword" -> repeated;
                    default -> password;
                };
                field.setErrorMessage(message);
                field.setInvalid(true);
            });
        } catch (InvitationUnusableException e) {
            card.removeAll();
            unusable(e.getMessage());
        }
    }
}
