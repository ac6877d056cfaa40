package org.commonground.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.ZoneId;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerDetails;
import org.commonground.portal.InvitationService;
import org.commonground.portal.IssuedInvitation;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.ui.CopyField;
import org.commonground.shared.ui.Feedback;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Invites one of the partner's contacts to the portal: after choosing the contact, the single-use link is shown
 * once, with a button that copies it, to send to them (by e-mail or otherwise).
 */
class InviteDialog extends Dialog {

    final ComboBox<ContactDetails> contact = new ComboBox<>("Contact");
    final Button create = new Button("Create invitation link");
    CopyField link;

    private final InvitationService invitations;
    private final PartnerDetails partner;
    private final Runnable onChange;
    private final ZoneId zone;

    InviteDialog(InvitationService invitations, PartnerDetails partner, ZoneId zone, Runnable onChange) {
        this.zone = zone;
        this.invitations = invitations;
        this.partner = partner;
        this.onChange = onChange;
        setHeaderTitle("Invite a contact of " + partner.name());
        contact.setItems(partner.contacts());
        contact.setItemLabelGenerator(c -> c.fullName() + (c.email() == null ? "" : " (" + c.email() + ")"));
        contact.setRequired(true);
        contact.setWidthFull();
        contact.setHelperText(
                partner.contacts().isEmpty()
                        ? "Add the person as a contact of " + partner.name() + " first."
                        : "They choose their own user name and password with the link.");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        Button cancel = new Button("Cancel", e -> close());
        add(
                new Paragraph("The invitation is a link that works once, for 7 days. It gives access to "
                        + partner.name() + "'s part of the portal only."),
                contact);
        getFooter().add(cancel, create);
        setWidth("34rem");
        setMaxWidth("100%");
    }

    void create() {
        if (contact.getValue() == null) {
            contact.setErrorMessage("Choose the contact to invite.");
            contact.setInvalid(true);
            return;
        }
        try {
            IssuedInvitation issued =
                    invitations.invite(partner.id(), contact.getValue().id());
            showLink(issued);
            onChange.run();
        } catch (InvalidInputException e) {
            contact.setErrorMessage(e.fieldMessages().getOrDefault("contactId", e.getMessage()));
            contact.setInvalid(true);
        }
    }

    private void showLink(IssuedInvitation issued) {
        removeAll();
        getFooter().removeAll();
        link = new CopyField("Invitation link", absolute(issued.path()));
        link.setId("invitation-link");
        String until = Formats.longDateTime(issued.expiresAt(), zone);
        add(
                new Paragraph("Send this link to " + issued.displayName()
                        + (issued.email() == null ? "" : " (" + issued.email() + ")") + ". It works once, until "
                        + until + "."),
                new Paragraph("It is shown only now: copy it before closing. If it is lost, invite "
                        + issued.displayName() + " again; the old link stops working."),
                link);
        Button done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        Feedback.saved("Invitation created for " + issued.displayName() + ".");
    }

    /** The link as the inviter reaches the app (their request's scheme, host and context path). */
    private static String absolute(String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String base = request == null
                ? ""
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                        .toUriString();
        return base + "/" + path;
    }
}
