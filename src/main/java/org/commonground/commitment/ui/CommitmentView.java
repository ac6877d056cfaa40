package org.commonground.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.commonground.commitment.CommitmentDetails;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.history.ui.HistoryList;
import org.commonground.mission.ui.MissionView;
import org.commonground.partner.ui.PartnerDetailView;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.ui.RecordPage;

/** One commitment: who gives what to whom, its status and the moves it allows, progress notes, history. */
@Route("commitments/:commitmentId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class CommitmentView extends RecordPage<CommitmentDetails> {

    static final String ID = "commitmentId";

    private final CommitmentService commitments;
    private final CommitmentDialogs dialogs;
    private final CommonGroundProperties properties;
    private final ProgressNotes progressNotes;
    private final StatusMoves moves;
    final TextArea note;

    public CommitmentView(CommitmentService commitments, CommitmentDialogs dialogs, CommonGroundProperties properties) {
        super(ID, "Commitment");
        this.commitments = commitments;
        this.dialogs = dialogs;
        this.properties = properties;
        this.progressNotes = new ProgressNotes(commitments::addNote, "Progress note added.", this::reload);
        this.moves = new StatusMoves(commitments::changeStatus, "The change is recorded in the history.", this::reload);
        this.note = progressNotes.field();
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    protected CommitmentDetails load(long id) {
        return commitments.get(id);
    }

    @Override
    protected String title(CommitmentDetails details) {
        return details.title();
    }

    @Override
    protected Class<? extends Component> listView() {
        return CommitmentsView.class;
    }

    @Override
    protected void render(CommitmentDetails details) {
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> dialogs.edit(details.id(), id -> reload()));
        edit.setVisible(!details.status().isClosed());
        HorizontalLayout actions = new HorizontalLayout(edit);
        moves.buttons(details).forEach(actions::add);
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
                Formats.date(details.startDate()) + " – "
                        + (details.endDate() == null ? "no end date" : Formats.date(details.endDate())));
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

        add(
                new H1(details.title()),
                actions,
                about,
                new H2("Progress notes"),
                progressNotes.form(details),
                progressNotes.list(details, properties.timeZone(), "No progress notes yet."),
                HistoryList.section(() -> commitments.history(details.id()), properties.timeZone()));
    }

    void addNote() {
        progressNotes.add(record().id());
    }

    void move(CommitmentStatus target) {
        moves.move(record(), target);
    }

    private static void term(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
