package org.commonground.interaction.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
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
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.commonground.history.ui.HistoryList;
import org.commonground.interaction.InteractionDetails;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.Named;
import org.commonground.interaction.Topic;
import org.commonground.mission.ui.MissionView;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.RecordPage;

/** One interaction, whole: who, when, what about, the notes, its follow-ups and its history. */
@Route("interactions/:interactionId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class InteractionView extends RecordPage<InteractionDetails> {

    static final String ID = "interactionId";

    private final InteractionService interactions;
    private final InteractionDialogs dialogs;
    private final FollowUpActions followUpActions;
    private final CommonGroundProperties properties;
    private InteractionDetails details;
    private Registration savedListener;
    FollowUpList followUps;

    public InteractionView(
            InteractionService interactions, InteractionDialogs dialogs, CommonGroundProperties properties) {
        super(ID, "Interaction");
        this.interactions = interactions;
        this.dialogs = dialogs;
        this.properties = properties;
        this.followUpActions = new FollowUpActions(interactions);
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    protected InteractionDetails load(long id) {
        return interactions.get(id);
    }

    @Override
    protected String title(InteractionDetails details) {
        return details.title();
    }

    @Override
    protected Class<? extends Component> listView() {
        return InteractionsView.class;
    }

    @Override
    protected void render(InteractionDetails details) {
        this.details = details;
        Span when = new Span(Formats.fullDateTime(details.at()) + " · "
                + details.at().getZone().getDisplayName(TextStyle.SHORT, Locale.US));
        when.addClassName("muted");
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> dialogs.edit(details.id()));
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions =
                new HorizontalLayout(edit, delete, new RouterLink("All interactions", InteractionsView.class));
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        DescriptionList list = new DescriptionList();
        term(list, "Partners", names(details.partners()));
        term(list, "Initiated by", details.initiatedBy().label());
        term(list, "Contacts present", names(details.contacts()));
        term(list, "Library staff present", names(details.staff()));
        term(
                list,
                "Topics",
                details.topics().isEmpty()
                        ? "—"
                        : details.topics().stream().map(Topic::label).collect(Collectors.joining(", ")));
        if (!details.missions().isEmpty()) {
            Div tagged = new Div();
            details.missions()
                    .forEach(m -> tagged.add(
                            new Div(new RouterLink(m.name(), MissionView.class, MissionView.parameters(m.id())))));
            list.add(new DescriptionList.Term("Shared missions"), new DescriptionList.Description(tagged));
        }
        term(list, "Shared with partners", details.sharedWithPartners() ? "Yes" : "No (library staff only)");
        term(
                list,
                "Logged",
                Formats.dateTime(details.createdAt(), properties.timeZone()) + " by "
                        + Formats.orDash(details.createdBy()));
        Div about = new Div(list);
        about.addClassName("details");

        Div notes = new Div();
        notes.addClassName("notes");
        notes.setText(details.notes() == null ? "No notes." : details.notes());

        followUps =
                new FollowUpList(details.followUps(), false, true, followUpActions, interactions.staff(), this::reload);
        Details history = HistoryList.section(() -> interactions.history(details.id()), properties.timeZone());
        add(
                new H1(details.title()),
                when,
                actions,
                about,
                new H2("Notes"),
                notes,
                new H2("Follow-ups"),
                followUps,
                history);
    }

    private static void term(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private static String names(List<Named> named) {
        return named.isEmpty() ? "—" : named.stream().map(Named::name).collect(Collectors.joining(", "));
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete this " + details.kind().label().toLowerCase(Locale.ROOT) + "?");
        confirm.setText(new Paragraph(details.title() + " and its follow-ups will be deleted. The deletion is "
                + "recorded in the history."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                interactions.delete(details.id(), details.version());
                Feedback.saved("Deleted " + details.title() + ".");
                getUI().ifPresent(ui -> ui.navigate(InteractionsView.class));
            } catch (StaleRecordException | RecordNotFoundException ex) {
                Feedback.error(ex.getMessage());
                reload();
            }
        });
        confirm.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        savedListener = ComponentUtil.addListener(event.getUI(), InteractionSaved.class, e -> reload());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        savedListener.remove();
    }
}
