package org.commonground.partner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.commonground.history.ui.HistoryList;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.PartnerService;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Ago;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.RecordPage;

/** One partner: what the library knows about the organization, and its people. */
@Route("partners/:partnerId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class PartnerDetailView extends RecordPage<PartnerDetails> {

    static final String PARTNER_ID = "partnerId";

    /** Rebuilt with the page after every change, so it always shows what the database holds. */
    Grid<ContactDetails> contacts;

    private final PartnerService partners;
    private final CommonGroundProperties properties;
    private final List<PartnerPageSection> sections;
    private final Clock clock;
    private PartnerDetails partner;

    public PartnerDetailView(
            PartnerService partners,
            CommonGroundProperties properties,
            List<PartnerPageSection> sections,
            Clock clock) {
        super(PARTNER_ID, "Partner");
        this.partners = partners;
        this.properties = properties;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PartnerPageSection::order))
                .toList();
        this.clock = clock;
    }

    public static RouteParameters parameters(long partnerId) {
        return new RouteParameters(PARTNER_ID, String.valueOf(partnerId));
    }

    @Override
    protected PartnerDetails load(long id) {
        return partners.get(id);
    }

    @Override
    protected String title(PartnerDetails partner) {
        return partner.name();
    }

    @Override
    protected Class<? extends Component> listView() {
        return PartnerDirectoryView.class;
    }

    @Override
    protected void render(PartnerDetails partner) {
        this.partner = partner;
        H1 title = new H1(partner.name());
        Span kind = new Span(partner.kindLabel() + " · " + partner.status().label());
        kind.addClassName("muted");
        Button edit = new Button(
                "Edit partner",
                VaadinIcon.EDIT.create(),
                e -> e.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.navigate(PartnerEditorView.class, parameters(partner.id()))));
        RouterLink back = new RouterLink("All partners", PartnerDirectoryView.class);
        HorizontalLayout actions = new HorizontalLayout(edit, back);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(title, kind, actions, details());
        sections.forEach(section -> add(section.render(partner)));
        add(contactSection(), historySection());
    }

    private Component details() {
        DescriptionList list = new DescriptionList();
        term(list, "Kind", new Span(partner.kindLabel()));
        term(list, "Status", new Span(partner.status().label()));
        term(list, "Relationship owner", new Span(Formats.orDash(partner.relationshipOwner())));
        term(list, "Last contact", new Span(Ago.lastContact(partner.lastContactAt(), properties.timeZone(), clock)));
        if (partner.website() != null) {
            Anchor site = new Anchor(partner.website(), partner.website(), AnchorTarget.BLANK);
            site.getElement().setAttribute("rel", "noopener noreferrer");
            term(list, "Website", site);
        } else {
            term(list, "Website", new Span("—"));
        }
        term(list, "Mission and goals", new Span(Formats.orDash(partner.missionAndGoals())));
        term(list, "Communities served", new Span(Formats.orDash(partner.communitiesServed())));
        term(
                list,
                "Created",
                new Span(Formats.dateTime(partner.createdAt(), properties.timeZone()) + " by "
                        + Formats.orDash(partner.createdBy())));
        term(
                list,
                "Last changed",
                new Span(Formats.dateTime(partner.updatedAt(), properties.timeZone()) + " by "
                        + Formats.orDash(partner.updatedBy())));
        Div box = new Div(new H2("About"), list);
        box.addClassName("details");
        return box;
    }

    private static void term(DescriptionList list, String term, Component value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private Component contactSection() {
        Button add = new Button("Add contact", VaadinIcon.PLUS.create(), e -> openContactDialog(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        contacts = new Grid<>(ContactDetails.class, false);
        contacts.addColumn(ContactDetails::fullName).setHeader("Name").setFlexGrow(2);
        contacts.addColumn(c -> Formats.orDash(c.title())).setHeader("Title").setFlexGrow(2);
        contacts.addComponentColumn(
                        c -> c.email() == null ? new Span("—") : new Anchor("mailto:" + c.email(), c.email()))
                .setHeader("E-mail")
                .setFlexGrow(2);
        contacts.addColumn(c -> Formats.orDash(c.phone())).setHeader("Phone").setFlexGrow(1);
        contacts.addComponentColumn(this::contactActions)
                .setKey("actions")
                .setHeader("Actions")
                .setFlexGrow(0)
                .setAutoWidth(true);
        contacts.setAllRowsVisible(true);
        contacts.setAriaLabel("Contacts");
        contacts.setEmptyStateText("No contacts yet. Add the people you work with at " + partner.name() + ".");
        contacts.setItems(partner.contacts());
        H2 heading = new H2("Contacts");
        Div section = new Div(heading, add, contacts);
        section.setId("contacts");
        return section;
    }

    /** Closed by default: it is there when someone asks "who changed this?". */
    private Component historySection() {
        return HistoryList.section(() -> partners.history(partner.id()), properties.timeZone());
    }

    private Component contactActions(ContactDetails contact) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openContactDialog(contact));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit " + contact.fullName());
        edit.setTooltipText("Edit");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(contact));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + contact.fullName());
        remove.setTooltipText("Remove");
        return new HorizontalLayout(edit, remove);
    }

    private void openContactDialog(ContactDetails contact) {
        new ContactDialog(partners, partner.id(), partner.name(), contact, this::reload).open();
    }

    private void confirmRemove(ContactDetails contact) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Remove " + contact.fullName() + "?");
        confirm.setText(new Paragraph(
                contact.fullName() + " will no longer be listed as a contact at " + partner.name() + "."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Remove");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                partners.removeContact(contact.id(), contact.version());
                Feedback.saved(contact.fullName() + " was removed.");
            } catch (StaleRecordException | RecordNotFoundException ex) {
                Feedback.error(ex.getMessage());
            }
            reload();
        });
        confirm.open();
    }
}
