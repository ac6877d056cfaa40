package org.commonground.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.commonground.security.ApiTokenService;
import org.commonground.security.ApiTokenSummary;
import org.commonground.security.IssuedApiToken;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.CopyField;
import org.commonground.shared.ui.Feedback;

/**
 * Personal API tokens, for any signed-in user: create one (shown once, to copy), see one's tokens and when
 * each was last used, revoke one after confirming. A token reads the API with its owner's access.
 */
@Route("account/api-tokens")
@PageTitle("API tokens · Common Ground")
@PermitAll
public class ApiTokensView extends Main {

    final TextField name = new TextField("Name of the new token");
    final Button create = new Button("Create token", VaadinIcon.KEY.create());
    final Div issued = new Div();
    final Grid<ApiTokenSummary> grid = new Grid<>(ApiTokenSummary.class, false);

    private final ApiTokenService tokens;
    private final CommonGroundProperties properties;

    public ApiTokensView(ApiTokenService tokens, CommonGroundProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
        addClassName("page");

        Paragraph about = new Paragraph("A token lets a program — a spreadsheet, a dashboard, a script — read "
                + "Common Ground's API as you: it sees what you may see, nothing more. Send it in each request as ");
        about.add(new Code("Authorization: Bearer <token>"), new Text(". The API is " + "described at "));
        Anchor description = new Anchor("/api/v1/openapi.json", "/api/v1/openapi.json");
        description.getElement().setAttribute("router-ignore", true);
        about.add(description, new Text("."));

        name.setPlaceholder("e.g. Board report spreadsheet");
        name.setHelperText("So you can tell your tokens apart.");
        name.setMaxLength(80);
        name.setWidth("22rem");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        Div form = new Div(name, create);
        form.addClassName("toolbar");
        issued.setId("new-token");

        grid.addColumn(ApiTokenSummary::name).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(ApiTokenSummary::tokenStart)
                .setHeader("Starts with")
                .setKey("start")
                .setFlexGrow(1);
        grid.addColumn(t -> Formats.dateTime(t.createdAt(), properties.timeZone()))
                .setHeader("Created")
                .setFlexGrow(1);
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : Formats.dateTime(t.lastUsedAt(), properties.timeZone()))
                .setHeader("Last used")
                .setFlexGrow(1);
        grid.addColumn(this::state).setHeader("Status").setKey("status").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::revokeButton))
                .setHeader("")
                .setKey("actions")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Your API tokens");
        grid.setEmptyStateText("You have no API tokens yet.");
        grid.setAllRowsVisible(true);

        add(new H1("API tokens"), about, form, issued, new H2("Your tokens"), grid);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        try {
            IssuedApiToken token = tokens.create(name.getValue());
            issued.removeAll();
            Paragraph once = new Paragraph("Copy “" + token.name() + "” now: it is shown only this once. "
                    + "Keep it like a password; revoke it here if it may have leaked.");
            once.addClassName("warning-text");
            issued.add(new CopyField("Your new token", token.token()), once);
            name.clear();
            refresh();
        } catch (InvalidInputException ex) {
            name.setErrorMessage(ex.fieldMessages().getOrDefault("name", ex.getMessage()));
            name.setInvalid(true);
        }
    }

    private String state(ApiTokenSummary t) {
        return t.active() ? "Active" : "Revoked " + Formats.dateTime(t.revokedAt(), properties.timeZone());
    }

    private Component revokeButton(ApiTokenSummary t) {
        if (!t.active()) {
            return new Div();
        }
        Button revoke = new Button("Revoke", e -> confirmRevoke(t));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel("Revoke " + t.name());
        return revoke;
    }

    private void confirmRevoke(ApiTokenSummary t) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Revoke “" + t.name() + "”?");
        confirm.setText(new Paragraph("Programs using it are refused from their next request on. This cannot be "
                + "undone: to continue, create a new token."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Revoke");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                tokens.revoke(t.id(), t.version());
                Feedback.saved("“" + t.name() + "” was revoked.");
            } catch (StaleRecordException | RecordNotFoundException ex) {
                Feedback.error("The token changed meanwhile; the list is reloaded.");
            }
            issued.removeAll();
            refresh();
        });
        confirm.open();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
