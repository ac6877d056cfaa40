package org.commonground.commitment.ui;

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
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.history.ui.HistoryList;
import org.commonground.mission.ui.MissionView;
import org.commonground.partner.ui.PartnerDetailView;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.Formats;

/** One commitment: who gives what to whom, its status and the moves it allows, progress notes, history. */
@Route("commitments/:commitmentId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class CommitmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "commitmentId";

    private final CommitmentService commitments;
    private final CommitmentDialogs dialogs;
    private final CommonGroundProperties properties;
    private CommitmentDetails details;
    final TextArea note = new TextArea("New progress note");

    public CommitmentView(CommitmentService commitments, CommitmentDialogs dialogs, CommonGroundProperties properties) {
        this.commitments = commitments;
        this.dialogs = dialogs;
        this.properties = properties;
        addClassName("page");
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
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> dialogs.edit(details.id(), id -> reload()));
        edit.setVisible(!details.status().isClosed());
        HorizontalLayout actions = new HorizontalLayout(edit);
        for (CommitmentStatus target : CommitmentStatus.values()) {
            if (details.nextStatuses().contains(target)) {
                Button move = new Button(target.action(), e -> confirmMove(target));
                if (target == CommitmentStatus.WITHDRAWN || target == CommitmentStatus.LAPSED) {
                    move.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
                actions.add(move);
            }
        }
        actions.add(new RouterLink("All commitments", CommitmentsView.class));
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        DescriptionList list = new DescriptionList();
        term(list, "Description", details.description());
        list.add(
                new DescriptionList.Term("Partner"),
                new DescriptionList.Description(new RouterLink(
                        details.partnerName(),
                        PartnerDetailView.class,
                        PartnerDetailView.parameters(details.partnerId()))));
        term(list, "Who gives", details.direction().description());
        term(list, "Kind", details.kind().label());
        term(list, "Amount", details.amountLabel());
        term(
                list,
                "Dates",
                CommitmentGrid.DAY.format(details.startDate()) + " – "
                        + (details.endDate() == null ? "no end date" : CommitmentGrid.DAY.format(details.endDate())));
        term(list, "Community issue", Formats.orDash(details.communityIssueName()));
        list.add(
                new DescriptionList.Term("Shared mission"),
                new DescriptionList.Description(
                        details.missionId() == null
                                ? new Span("—")
                                : new RouterLink(
                                        details.missionName(),
                                        MissionView.class,
                                        MissionView.parameters(details.missionId()))));
        list.add(
                new DescriptionList.Term("Status"),
                new DescriptionList.Description(new Span(
                        StatusBadge.of(details.status()),
                        new Span(" since " + Formats.dateTime(details.statusChangedAt(), properties.timeZone())))));
        term(
                list,
                "Recorded",
                Formats.dateTime(details.createdAt(), properties.timeZone()) + " by "
                        + Formats.orDash(details.createdBy()));
        Div about = new Div(list);
        about.addClassName("details");

        add(new H1(details.title()), actions, about, new H2("Progress notes"), noteForm(), notes(), history());
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
            Paragraph none = new Paragraph("No progress notes yet.");
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
        history.addOpenedChangeListener(e -> {
            if (e.isOpened() && history.getContent().findAny().isEmpty()) {
                history.add(new HistoryList(commitments.history(details.id()), properties.timeZone()));
            }
        });
        return history;
    }

    void addNote() {
        try {
            commitments.addNote(details.id(), note.getValue());
            note.clear();
            Feedback.saved("Progress note added.");
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
                        ? ". A closed commitment cannot be reopened; the change is recorded in the history."
                        : ". The change is recorded in the history.")));
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
            getUI().ifPresent(ui -> ui.navigate(CommitmentsView.class));
        }
    }

    private static void term(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
