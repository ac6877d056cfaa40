package org.commonground.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.commonground.security.Role;
import org.commonground.security.TemporaryPassword;
import org.commonground.security.UserAdministrationService;
import org.commonground.security.UserSummary;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.OrganizationNames;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;

/**
 * The administrators' list of everyone who can sign in: role, status and last sign-in, and per user:
 * reset password (a temporary one is shown once; the user picks their own at next sign-in), change role,
 * deactivate (confirmed; open sessions end at once) or reactivate. Partner users join through invitations
 * from their organization's page.
 */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Role.ADMIN_ROLE)
public class UsersView extends Main {

    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    final Button add = new Button("Add user", VaadinIcon.PLUS.create());

    private final UserAdministrationService administration;
    private final OrganizationNames partners;
    private final CommonGroundProperties properties;

    public UsersView(
            UserAdministrationService administration, OrganizationNames partners, CommonGroundProperties properties) {
        this.administration = administration;
        this.partners = partners;
        this.properties = properties;
        addClassName("page");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new NewUserDialog(administration, this::created).open());
        Paragraph help = new Paragraph("Library people are added here; partner users join through an invitation "
                + "from their organization's page (Portal access).");
        help.addClassName("muted");
        HorizontalLayout actions = new HorizontalLayout(add, new RouterLink("Security log", SecurityLogView.class));
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(UserSummary::displayName)
                .setHeader("Name")
                .setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(UserSummary::username)
                .setHeader("User name")
                .setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(u -> u.role().label())
                .setHeader("Role")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(u -> organization(u)).setHeader("Organization").setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(u ->
                        u.lastSignInAt() == null ? "Never" : Formats.dateTime(u.lastSignInAt(), properties.timeZone()))
                .setHeader("Last sign-in")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Users");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No users.");
        add(new H1("Users"), help, actions, grid);
        reload();
    }

    private Map<Long, String> organizations = Map.of();

    void reload() {
        List<UserSummary> users = administration.list();
        organizations = partners.namesOf(users.stream()
                .map(UserSummary::partnerId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        grid.setItems(users);
    }

    private String organization(UserSummary user) {
        return user.partnerId() == null ? "The library" : organizations.getOrDefault(user.partnerId(), "—");
    }

    private Component status(UserSummary user) {
        Span status = new Span(user.status().label()
                + (user.lockedUntil() != null
                        ? " until " + Formats.dateTime(user.lockedUntil(), properties.timeZone())
                        : "")
                + (user.mustChangePassword() && user.status() == UserSummary.Status.ACTIVE
                        ? " · must choose a new password"
                        : ""));
        status.addClassName("user-status-" + user.status().name().toLowerCase(Locale.ROOT));
        return status;
    }

    private Component actions(UserSummary user) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = menu.addItem("Actions");
        root.setAriaLabel("Actions for " + user.displayName());
        root.getSubMenu().addItem("Reset password…", e -> confirmReset(user));
        if (user.role() != Role.PARTNER) {
            root.getSubMenu().addItem("Change role…", e -> changeRole(user));
        }
        if (user.status() == UserSummary.Status.DEACTIVATED) {
            root.getSubMenu()
                    .addItem(
                            "Reactivate",
                            e -> run(
                                    () -> administration.reactivate(user.id(), user.version()),
                                    user.displayName() + " can sign in again."));
        } else {
            root.getSubMenu().addItem("Deactivate…", e -> confirmDeactivate(user));
        }
        return menu;
    }

    private void confirmReset(UserSummary user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Reset " + user.displayName() + "'s password?");
        confirm.setText(new Paragraph("You get a temporary password to give them; they choose their own at their "
                + "next sign-in. Their open sessions end now, and a lockout is lifted."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Reset password");
        confirm.addConfirmListener(e -> {
            try {
                TemporaryPassword temporary = administration.resetPassword(user.id(), user.version());
                new TemporaryPasswordDialog(temporary, user.displayName()).open();
            } catch (StaleRecordException | RecordNotFoundException ex) {
                Feedback.error(ex.getMessage());
            }
            reload();
        });
        confirm.open();
    }

    void confirmDeactivate(UserSummary user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Deactivate " + user.displayName() + "?");
        confirm.setText(new Paragraph(user.displayName() + " is signed out at once and can no longer sign in. "
                + "Their records stay. You can reactivate the account later."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Deactivate");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> run(
                () -> administration.deactivate(user.id(), user.version()), user.displayName() + " is deactivated."));
        confirm.open();
    }

    private void changeRole(UserSummary user) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Change " + user.displayName() + "'s role");
        ComboBox<Role> role = new ComboBox<>("Role");
        role.setItems(Role.ADMIN, Role.DIRECTOR, Role.STAFF);
        role.setItemLabelGenerator(Role::label);
        role.setValue(user.role());
        dialog.setText(role);
        dialog.setCancelable(true);
        dialog.setConfirmText("Change role");
        dialog.addConfirmListener(e -> run(
                () -> administration.changeRole(user.id(), role.getValue(), user.version()),
                user.displayName() + " is now " + role.getValue().label().toLowerCase() + "."));
        dialog.open();
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Feedback.saved(done);
        } catch (InvalidInputException ex) {
            Feedback.error(String.join(" ", ex.fieldMessages().values()));
        } catch (StaleRecordException | RecordNotFoundException ex) {
            Feedback.error(ex.getMessage());
        }
        reload();
    }

    private void created(TemporaryPassword temporary) {
        reload();
        new TemporaryPasswordDialog(temporary, temporary.username()).open();
    }
}
