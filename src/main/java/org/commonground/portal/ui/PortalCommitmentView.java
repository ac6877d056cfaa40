package org.commonground.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.commonground.commitment.CommitmentDetails;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.PortalCommitmentService;
import org.commonground.commitment.ui.ProgressNotes;
import org.commonground.commitment.ui.StatusBadge;
import org.commonground.commitment.ui.StatusMoves;
import org.commonground.history.ui.HistoryList;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.RecordPage;

/**
 * One of the organization's commitments, as its partner user sees it. A commitment the library makes to them
 * can be acknowledged; one they give can move along its lifecycle and take progress notes. Another
 * organization's commitment, or one that does not exist, is the not-found page.
 */
@Route("portal/commitments/:commitmentId([0-9]{1,18})")
@RolesAllowed(Role.PARTNER_ROLE)
public class PortalCommitmentView extends RecordPage<CommitmentDetails> {

    static final String ID = "commitmentId";

    final Button acknowledge = new Button("Acknowledge", VaadinIcon.CHECK.create());
    final TextArea note;

    private final PortalCommitmentService commitments;
    private final CommonGroundProperties properties;
    private final ProgressNotes progressNotes;
    private final StatusMoves moves;

    public PortalCommitmentView(PortalCommitmentService commitments, CommonGroundProperties properties) {
        super(ID, "Commitment");
        this.commitments = commitments;
        this.properties = properties;
        this.progressNotes = new ProgressNotes(
                commitments::addNote, "Progress note added. The library sees it on its home page.", this::reload);
        this.moves = new StatusMoves(commitments::changeStatus, "The library sees the change.", this::reload);
        this.note = progressNotes.field();
        addClassName("portal-page");
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.addClickListener(e -> acknowledge());
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
        return PortalView.class;
    }

    @Override
    protected void render(CommitmentDetails details) {
        Span status = new Span(
                StatusBadge.of(details.status()),
                new Span(" since " + Formats.dateTime(details.statusChangedAt(), properties.timeZone())));
        status.setId("commitment-status");
        add(new H1(details.title()), status, actions(details), about(details));
        if (gives(details)) {
            add(new H2("Progress notes"), progressNotes.form(details));
        } else if (!details.notes().isEmpty()) {
            add(new H2("Progress notes"));
        }
        add(
                progressNotes.list(details, properties.timeZone(), gives(details) ? "No progress notes yet." : ""),
                HistoryList.section(() -> commitments.history(details.id()), properties.timeZone()),
                new Paragraph(new RouterLink("Back to our partnership", PortalView.class)));
    }

    /** Whether the partner's organization is the one giving. */
    private boolean gives(CommitmentDetails details) {
        return details.direction() == CommitmentDirection.PARTNER_TO_LIBRARY;
    }

    private Component actions(CommitmentDetails details) {
        Div box = new Div();
        box.setId("commitment-actions");
        if (!gives(details)) {
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
        List<Button> buttons = moves.buttons(details);
        HorizontalLayout moveButtons = new HorizontalLayout();
        moveButtons.setAlignItems(FlexComponent.Alignment.BASELINE);
        moveButtons.setWrap(true);
        buttons.forEach(moveButtons::add);
        if (buttons.isEmpty()) {
            box.add(new Paragraph("This commitment is closed. You can still add a progress note."));
        } else {
            box.add(new Paragraph("Your organization gives this. Keep its status up to date:"), moveButtons);
        }
        return box;
    }

    private Component about(CommitmentDetails details) {
        DescriptionList list = new DescriptionList();
        term(list, "Description", new Span(details.description()));
        term(
                list,
                "Who gives",
                new Span(
                        gives(details)
                                ? "Your organization gives to the library"
                                : "The library gives to your organization"));
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

    void acknowledge() {
        try {
            commitments.acknowledge(record().id(), record().version());
            Feedback.saved("Thank you: the library sees that you acknowledged this commitment.");
        } catch (InvalidInputException | StaleRecordException e) {
            Feedback.error(e.getMessage());
        }
        reload();
    }

    void addNote() {
        progressNotes.add(record().id());
    }

    void move(CommitmentStatus target) {
        moves.move(record(), target);
    }

    private static void term(DescriptionList list, String term, Component value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
