package org.commonground.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.commonground.commitment.CommitmentDetails;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.PortalCommitmentService;
import org.commonground.commitment.ui.StatusBadge;
import org.commonground.history.ui.HistoryList;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.Formats;

/**
 * One of the organization's commitments, as its partner user sees it. A commitment the library makes to them
 * can be acknowledged; one they give can move along its lifecycle and take progress notes. Another
 * organization's commitment, or one that does not exist, is the not-found page.
 */
@Route("portal/commitments/:commitmentId([0-9]{1,18})")
@RolesAllowed(Role.PARTNER_ROLE)
public class PortalCommitmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "commitmentId";

    final Button acknowledge = new Button("Acknowledge", VaadinIcon.CHECK.create());
    final TextArea note = new TextArea("New progress note");

    private final PortalCommitmentService commitments;
    private final CommonGroundProperties properties;
    private CommitmentDetails details;

    public PortalCommitmentView(PortalCommitmentService commitments, CommonGroundProperties properties) {
        this.commitments = commitments;
        this.properties = properties;
        addClassNames("page", "portal-page");
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.addClickListener(e -> acknowledge());
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(ID).orElseThrow());
        try {
            details = commitments.get(id);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return details == null ? "Commitment" : details.title();
    }

    private void render() {
        removeAll();
        Span status = new Span(
                StatusBadge.of(details.status()),
                new Span(" since " + Formats.dateTime(details.statusChangedAt(), properties.timeZone())));
        status.setId("commitment-status");
        add(new H1(details.title()), status, actions(), about());
        if (gives()) {
            add(new H2("Progress notes"), noteForm());
        } else if (!details.notes().isEmpty()) {
            add(new H2("Progress notes"));
        }
        add(notes(), history(), new Paragraph(new RouterLink("Back to our partnership", PortalView.class)));
    }

    /** Whether the partner's organization is the one giving. */
    private boolean gives() {
        return details.direction() == CommitmentDirection.PARTNER_TO_LIBRARY;
    }

    private Component actions() {
        Div box = new Div();
        box.setId("commitment-actions");
        if (!gives()) {
            if (details.isAcknowledged()) {
                Paragraph done = new Paragraph("Acknowledged by " + details.acknowledgedBy() + " on "
                        + Formats.dateTime(details.acknowledgedAt(), properties.timeZone()) + ".");
                done.addClassName("acknowledged");
                box.add(done);
            } else if (details.status() == CommitmentStatus.WITHDRAWN || details.status() == CommitmentStatus.LAPSED) {
                box.add(new Paragraph("This commitment is "
                        + details.status().label().toLowerCase(Locale.ROOT) + "; there is nothing to acknowledge."));
            } else {
                box.add(
                        new Paragraph("The library made this commitment to your organization. Acknowledge it to let "
                                + "the library know you have seen it."),
                        acknowledge);
            }
            return box;
        }
        HorizontalLayout moves = new HorizontalLayout();
        moves.setAlignItems(FlexComponent.Alignment.BASELINE);
        moves.setWrap(true);
        for (CommitmentStatus target : CommitmentStatus.values()) {
            if (details.nextStatuses().contains(target)) {
                Button move = new Button(target.action(), e -> confirmMove(target));
                if (target == CommitmentStatus.WITHDRAWN || target == CommitmentStatus.LAPSED) {
                    move.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
                moves.add(move);
            }
        }
        if (moves.getComponentCount() == 0) {
            box.add(new Paragraph("This commitment is closed. You can still add a progress note."));
        } else {
            box.add(new Paragraph("Your organization gives this. Keep its status up to date:"), moves);
        }
        return box;
    }

    private Component about() {
        DescriptionList list = new DescriptionList();
        term(list, "Description", new Span(details.description()));
        term(
                list,
                "Who gives",
                new Span(
                        gives() ? "Your organization gives to the library" : "The library gives to your organization"));
        term(list, "Kind", new Span(details.kind().label()));
        term(list, "Amount", new Span(details.amountLabel()));
        term(list, "Dates", new Span(PortalFormats.period(details.startDate(), details.endDate())));
        term(list, "Community issue", new Span(Formats.orDash(details.communityIssueName())));
        term(
                list,
                "Shared mission",
                details.missionId() == null
                        ? new Span("—")
                        : new RouterLink(
                                details.missionName(),
                                PortalMissionView.class,
                                PortalMissionView.parameters(details.missionId())));
        Div about = new Div(new H2("About"), list);
        about.addClassName("details");
        return about;
    }

    private Div noteForm() {
        note.setMaxLength(CommitmentForm.NOTE_MAX);
        note.setPlaceholder("What happened, what is next");
        note.setWidthFull();
        Button add = new Button("Add note", e -> addNote());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(note, add);
        form.addClassName("inline-with-button");
        return form;
    }

    private Component notes() {
        if (details.notes().isEmpty()) {
            Paragraph none = new Paragraph(gives() ? "No progress notes yet." : "");
            none.addClassName("muted");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("progress-notes");
        for (CommitmentDetails.ProgressNote n : details.notes()) {
            Span meta = new Span(Formats.dateTime(n.at(), properties.timeZone()) + " · " + Formats.orDash(n.by()));
            meta.addClassName("muted");
            Div text = new Div();
            text.setText(n.text());
            list.add(new ListItem(meta, text));
        }
        return list;
    }

    private Details history() {
        Details history = new Details("History");
        history.setId("history");
        history.addOpenedChangeListener(e -> {
            if (e.isOpened() && history.getContent().findAny().isEmpty()) {
                history.add(new HistoryList(commitments.history(details.id()), properties.timeZone()));
            }
        });
        return history;
    }

    void acknowledge() {
        try {
            commitments.acknowledge(details.id(), details.version());
            Feedback.saved("Thank you: the library sees that you acknowledged this commitment.");
        } catch (InvalidInputException | StaleRecordException e) {
            Feedback.error(e.getMessage());
        }
        reload();
    }

    void addNote() {
        try {
            commitments.addNote(details.id(), note.getValue());
            note.clear();
            Feedback.saved("Progress note added. The library sees it on its home page.");
            reload();
        } catch (InvalidInputException e) {
            note.setErrorMessage(e.fieldMessages().getOrDefault("note", e.getMessage()));
            note.setInvalid(true);
            note.focus();
        }
    }

    private void confirmMove(CommitmentStatus target) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(target.action() + "?");
        confirm.setText(new Paragraph("“" + details.description() + "” becomes "
                + target.label().toLowerCase(Locale.ROOT)
                + (target.isClosed()
                        ? ". A closed commitment cannot be reopened. The library sees the change."
                        : ". The library sees the change.")));
        confirm.setCancelable(true);
        confirm.setConfirmText(target.action());
        if (target == CommitmentStatus.WITHDRAWN || target == CommitmentStatus.LAPSED) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> move(target));
        confirm.open();
    }

    void move(CommitmentStatus target) {
        try {
            commitments.changeStatus(details.id(), target, details.version());
            Feedback.saved("The commitment is now " + target.label().toLowerCase(Locale.ROOT) + ".");
        } catch (InvalidInputException | StaleRecordException e) {
            Feedback.error(e.getMessage());
        }
        reload();
    }

    private void reload() {
        try {
            details = commitments.get(details.id());
            render();
        } catch (RecordNotFoundException e) {
            getUI().ifPresent(ui -> ui.navigate(PortalView.class));
        }
    }

    private static void term(DescriptionList list, String term, Component value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
