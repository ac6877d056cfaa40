package org.commonground.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.List;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.PartnerStatus;
import org.commonground.partner.ui.PartnerPageSection;
import org.commonground.portal.InvitationService;
import org.commonground.portal.InvitationState;
import org.commonground.portal.InvitationSummary;
import org.commonground.security.CurrentUser;
import org.commonground.security.PortalUser;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.security.UserAdministrationService;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;

/**
 * On the partner page: who at the organization can sign in to the partner portal, and the invitations sent.
 * Directors and administrators invite contacts, withdraw invitations and end a user's access; outreach staff
 * see who has access.
 */
@org.springframework.stereotype.Component
class PortalAccessSection implements PartnerPageSection {

    private final InvitationService invitations;
    private final UserAccountService accounts;
    private final UserAdministrationService administration;
    private final CurrentUser currentUser;
    private final ZoneId zone;

    PortalAccessSection(
            InvitationService invitations,
            UserAccountService accounts,
            UserAdministrationService administration,
            CurrentUser currentUser,
            CommonGroundProperties properties) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.administration = administration;
        this.currentUser = currentUser;
        this.zone = properties.timeZone();
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Component render(PartnerDetails partner) {
        Div section = new Div();
        section.setId("portal-access");
        fill(section, partner);
        return section;
    }

    private void fill(Div section, PartnerDetails partner) {
        section.removeAll();
        boolean manages = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.DIRECTOR);
        Paragraph about = new Paragraph("People of " + partner.name() + " who can sign in to the partner portal see "
                + "only this organization's commitments, the shared missions it signed and the interactions marked as "
                + "shared. Marking the partner as former ends their access at once.");
        about.addClassName("muted");
        section.add(new H2("Portal access"), about);
        if (manages && partner.status() != PartnerStatus.FORMER) {
            Button invite = new Button(
                    "Invite a contact…",
                    VaadinIcon.ENVELOPE_O.create(),
                    e -> new InviteDialog(invitations, partner, zone, () -> fill(section, partner)).open());
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(invite);
        }
        section.add(users(section, partner, manages), invitationList(section, partner, manages));
    }

    private Component users(Div section, PartnerDetails partner, boolean manages) {
        List<PortalUser> list = accounts.portalUsersOf(partner.id());
        Div box = new Div(new H3("Portal users"));
        if (list.isEmpty()) {
            box.add(PortalCommitmentsSection.empty("Nobody at " + partner.name() + " has portal access yet."));
            return box;
        }
        Grid<PortalUser> grid = new Grid<>(PortalUser.class, false);
        grid.addColumn(PortalUser::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(PortalUser::username).setHeader("User name").setFlexGrow(1);
        grid.addColumn(u -> u.active() ? "Active" : "Access ended")
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(u -> u.lastSignInAt() == null ? "Never" : Formats.dateTime(u.lastSignInAt(), zone))
                .setHeader("Last sign-in")
                .setAutoWidth(true);
        if (manages) {
            grid.addComponentColumn(u -> u.active() ? endButton(section, partner, u) : new Span())
                    .setHeader("Actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Portal users of " + partner.name());
        box.add(grid);
        return box;
    }

    private Button endButton(Div section, PartnerDetails partner, PortalUser user) {
        Button end = new Button("End access", e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader("End " + user.displayName() + "'s portal access?");
            confirm.setText(new Paragraph(user.displayName() + " is signed out at once and can no longer sign in. "
                    + "An administrator can give access back."));
            confirm.setCancelable(true);
            confirm.setConfirmText("End access");
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                try {
                    administration.endPortalAccess(user.id(), user.version());
                    Feedback.saved(user.displayName() + " no longer has portal access.");
                } catch (InvalidInputException | StaleRecordException | RecordNotFoundException ex) {
                    Feedback.error(ex.getMessage());
                }
                fill(section, partner);
            });
            confirm.open();
        });
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        end.setAriaLabel("End portal access of " + user.displayName());
        return end;
    }

    private Component invitationList(Div section, PartnerDetails partner, boolean manages) {
        List<InvitationSummary> list = invitations.ofPartner(partner.id());
        Div box = new Div(new H3("Invitations"));
        if (list.isEmpty()) {
            box.add(PortalCommitmentsSection.empty("No invitations sent."));
            return box;
        }
        Grid<InvitationSummary> grid = new Grid<>(InvitationSummary.class, false);
        grid.addColumn(InvitationSummary::displayName).setHeader("Contact").setFlexGrow(2);
        grid.addColumn(i -> i.state().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(i -> Formats.dateTime(i.createdAt(), zone) + " by " + Formats.orDash(i.createdBy()))
                .setHeader("Sent")
                .setFlexGrow(2);
        grid.addColumn(i -> Formats.dateTime(i.expiresAt(), zone))
                .setHeader("Valid until")
                .setAutoWidth(true);
        if (manages) {
            grid.addComponentColumn(i ->
                            i.state() == InvitationState.PENDING ? withdrawButton(section, partner, i) : new Span())
                    .setHeader("Actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Invitations to " + partner.name() + "'s contacts");
        box.add(grid);
        return box;
    }

    private Button withdrawButton(Div section, PartnerDetails partner, InvitationSummary invitation) {
        Button withdraw = new Button("Withdraw", e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader("Withdraw the invitation to " + invitation.displayName() + "?");
            confirm.setText(new Paragraph("The link stops working at once. You can send a new invitation later."));
            confirm.setCancelable(true);
            confirm.setConfirmText("Withdraw");
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                try {
                    invitations.revoke(invitation.id(), invitation.version());
                    Feedback.saved("The invitation to " + invitation.displayName() + " was withdrawn.");
                } catch (InvalidInputException | StaleRecordException | RecordNotFoundException ex) {
                    Feedback.error(ex.getMessage());
                }
                fill(section, partner);
            });
            confirm.open();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        withdraw.setAriaLabel("Withdraw the invitation to " + invitation.displayName());
        return withdraw;
    }
}
