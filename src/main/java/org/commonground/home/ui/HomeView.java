package org.commonground.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.ui.DueCommitments;
import org.commonground.commitment.ui.PartnerUpdates;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.communityissue.IssuePriority;
import org.commonground.communityissue.ui.CommunityIssuesView;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.ui.OpenFollowUps;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerSummary;
import org.commonground.partner.ui.PartnerDetailView;
import org.commonground.partner.ui.PartnerDirectoryView;
import org.commonground.portal.ui.PortalView;
import org.commonground.rubric.RubricService;
import org.commonground.rubric.ui.RubricDashboard;
import org.commonground.rubric.ui.RubricView;
import org.commonground.security.CurrentUser;
import org.commonground.security.Role;
import org.commonground.security.ui.UsersView;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;

/**
 * The first page after sign-in, different per role: staff see the relationships they own,
 * the director the shape of the whole partnership network, administrators their tasks.
 * Partner users have the portal as their home.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final PartnerService partners;
    private final CommunityIssueService issues;
    private final CommonGroundProperties properties;
    private final InteractionService interactions;
    private final CommitmentService commitments;
    private final RubricService rubric;

    public HomeView(
            CurrentUser currentUser,
            PartnerService partners,
            CommunityIssueService issues,
            CommonGroundProperties properties,
            InteractionService interactions,
            CommitmentService commitments,
            RubricService rubric) {
        this.commitments = commitments;
        this.rubric = rubric;
        this.interactions = interactions;
        this.currentUser = currentUser;
        this.partners = partners;
        this.issues = issues;
        this.properties = properties;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.hasRole(Role.PARTNER)) {
            event.forwardTo(PortalView.class);
            return;
        }
        removeAll();
        add(new H1("Welcome, " + currentUser.displayName()));
        Paragraph library = new Paragraph(properties.libraryName());
        library.addClassName("muted");
        add(library);
        if (currentUser.hasRole(Role.DIRECTOR)) {
            add(directorHome());
        } else if (currentUser.hasRole(Role.ADMIN)) {
            add(adminHome());
        } else {
            add(staffHome());
        }
    }

    /** What partners changed in their portal, first thing on every library person's home page. */
    private Component partnerUpdates() {
        return new Div(new H2("Partner updates"), new PartnerUpdates(commitments, properties.timeZone()));
    }

    private Component staffHome() {
        Div home = new Div();
        home.add(partnerUpdates());
        home.add(new H2("My follow-ups"), new OpenFollowUps(interactions, false));
        home.add(new H2("Relationships you own"));
        List<PartnerSummary> mine = partners.myPartners();
        if (mine.isEmpty()) {
            home.add(emptyState(
                    "You do not own any partner relationships yet. Open a partner and set yourself "
                            + "as its relationship owner.",
                    new RouterLink("Browse partners", PartnerDirectoryView.class)));
        } else {
            home.add(partnerList(mine));
        }
        home.add(new H2("Recently changed partners"), partnerList(partners.recentlyChanged()));
        return home;
    }

    private Component directorHome() {
        Div home = new Div();
        // The director watches the rubric: it opens the home page, with its trend and next steps.
        home.add(
                new RubricDashboard(rubric, rubric.today(), true),
                new Paragraph(new RouterLink("Scores as of another date, and the progress report", RubricView.class)));
        home.add(partnerUpdates());
        home.add(new H2("Everyone's open follow-ups"), new OpenFollowUps(interactions, true));
        home.add(new H2("Commitments due in the next 30 days or overdue"), new DueCommitments(commitments));
        home.add(new H2("Partners by kind"), kindCards());
        home.add(new H2("Priority community issues"));
        List<CommunityIssueSummary> high = issues.all().stream()
                .filter(i -> i.priority() == IssuePriority.HIGH)
                .toList();
        if (high.isEmpty()) {
            home.add(emptyState(
                    "No high-priority community issues are set.",
                    new RouterLink("Set community issues", CommunityIssuesView.class)));
        } else {
            UnorderedList list = new UnorderedList();
            high.forEach(i -> list.add(new ListItem(i.name())));
            home.add(list);
        }
        home.add(new H2("Recently changed partners"), partnerList(partners.recentlyChanged()));
        return home;
    }

    private Component adminHome() {
        Div home = new Div();
        home.add(partnerUpdates());
        home.add(new H2("Partners by kind"), kindCards());
        home.add(new H2("Administration"));
        home.add(
                new Paragraph(new RouterLink("Users", UsersView.class)),
                new Paragraph(new RouterLink("Community issues", CommunityIssuesView.class)),
                new Paragraph(issues.all().size() + " community issues are defined."));
        return home;
    }

    private Component kindCards() {
        Div cards = new Div();
        cards.addClassName("cards");
        Map<PartnerKind, Long> counts = partners.countsByKind();
        counts.forEach((kind, count) -> {
            Span figure = new Span(String.valueOf(count));
            figure.addClassName("figure");
            Div card = new Div(figure, new Div(kind.label()));
            card.addClassName("card");
            cards.add(card);
        });
        return cards;
    }

    private Component partnerList(List<PartnerSummary> list) {
        Grid<PartnerSummary> grid = new Grid<>(PartnerSummary.class, false);
        grid.addComponentColumn(p -> new RouterLink(
                        p.name(), PartnerDetailView.class, new RouteParameters("partnerId", String.valueOf(p.id()))))
                .setHeader("Partner")
                .setFlexGrow(3);
        grid.addColumn(PartnerSummary::kindLabel).setHeader("Kind").setFlexGrow(2);
        grid.addColumn(p -> Formats.dateTime(p.updatedAt(), properties.timeZone()))
                .setHeader("Last changed");
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No partners yet.");
        return grid;
    }

    private static Component emptyState(String text, Component action) {
        Div empty = new Div(new Paragraph(text), action);
        empty.addClassName("empty-state");
        return empty;
    }
}
