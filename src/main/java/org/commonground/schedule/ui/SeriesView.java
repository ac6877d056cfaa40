package org.commonground.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonground.history.ui.HistoryList;
import org.commonground.interaction.ui.InteractionView;
import org.commonground.partner.ui.PartnerDetailView;
import org.commonground.schedule.Adherence;
import org.commonground.schedule.OccurrenceItem;
import org.commonground.schedule.OccurrenceStatus;
import org.commonground.schedule.Option;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.SeriesDetails;
import org.commonground.security.Role;
import org.commonground.security.StaffMember;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;

/**
 * One meeting series: when it meets, who is invited, how consistently it met (held ÷ scheduled over 6 and
 * 12 months), its past meetings to mark and log, its upcoming ones to move or cancel, the .ics, the history.
 */
@Route("series/:seriesId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
@StyleSheet("styles/schedule.css")
public class SeriesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "seriesId";

    private final ScheduleService schedule;
    private final Clock clock;
    private SeriesDetails details;

    public SeriesView(ScheduleService schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
        addClassName("page");
        addClassName("series-page");
    }

    public static RouteParameters parameters(long seriesId) {
        return new RouteParameters(ID, String.valueOf(seriesId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(ID).orElseThrow());
        try {
            details = schedule.get(id);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return details == null ? "Meeting series" : details.title();
    }

    private void render() {
        removeAll();
        Paragraph sentence = new Paragraph(details.sentence());
        sentence.setId("series-rule");
        sentence.addClassName("series-sentence");
        add(new H1(details.title()), sentence, actions(), adherence(), about());
        List<StaffMember> people = schedule.staff();
        Map<Long, String> staffNames =
                people.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        List<Option> partnerPeople =
                schedule.contactsOf(details.partners().stream().map(Option::id).collect(Collectors.toSet())).stream()
                        .map(c -> new Option(c.id(), c.fullName()))
                        .toList();
        Map<Long, String> contactNames = partnerPeople.stream().collect(Collectors.toMap(Option::id, Option::name));
        Function<OccurrenceItem, String> attendees = o -> attendees(o, staffNames, contactNames);

        Instant now = clock.instant();
        Instant yearAgo = ZonedDateTime.ofInstant(now, details.start().getZone())
                .minusMonths(12)
                .toInstant();
        Instant halfYearAhead = ZonedDateTime.ofInstant(now, details.start().getZone())
                .plusMonths(6)
                .toInstant();
        List<OccurrenceItem> past = schedule.occurrences(details.id(), yearAgo, now).stream()
                .sorted(Comparator.comparing((OccurrenceItem o) -> o.start().toInstant())
                        .reversed())
                .toList();
        List<OccurrenceItem> upcoming = schedule.occurrences(details.id(), now, halfYearAhead).stream()
                .limit(12)
                .toList();

        add(new H2("Past meetings (last 12 months)"));
        add(list(
                "past-occurrences",
                past,
                "No meetings in the last 12 months yet.",
                o -> pastActions(o, people, partnerPeople),
                attendees));
        add(new H2("Upcoming"));
        add(list(
                "upcoming-occurrences",
                upcoming,
                "No upcoming meetings: the series has ended.",
                this::upcomingActions,
                attendees));
        add(history());
    }

    private Div actions() {
        Button edit = new Button(
                "Edit series",
                VaadinIcon.EDIT.create(),
                e -> UI.getCurrent().navigate(SeriesEditorView.class, SeriesEditorView.editing(details.id())));
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = schedule.ics(details.id()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName(), "text/calendar; charset=utf-8", bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                "Download .ics");
        download.getElement().setAttribute("router-ignore", true);
        download.setId("download-ics");
        download.addClassName("button-like");
        Button delete = new Button("Delete series", VaadinIcon.TRASH.create(), e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(edit, download, delete, new RouterLink("Calendar", CalendarView.class));
        actions.addClassName("toolbar");
        return actions;
    }

    private String fileName() {
        return details.title()
                        .replaceAll("[^A-Za-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "")
                        .toLowerCase() + ".ics";
    }

    private Div adherence() {
        Div box = new Div(new H2("Met consistently?"), figure(details.last6Months()), figure(details.last12Months()));
        box.setId("adherence");
        box.addClassName("adherence");
        Paragraph explain = new Paragraph("Held ÷ scheduled past meetings; scheduled counts cancelled ones too.");
        explain.addClassName("muted");
        box.add(explain);
        return box;
    }

    private static Paragraph figure(Adherence a) {
        Paragraph p = new Paragraph(a.label());
        p.addClassName("adherence-figure");
        return p;
    }

    private Div about() {
        DescriptionList list = new DescriptionList();
        Div partnerLinks = new Div();
        details.partners()
                .forEach(p -> partnerLinks.add(
                        new RouterLink(p.name(), PartnerDetailView.class, PartnerDetailView.parameters(p.id())),
                        new Span(" ")));
        term(list, "Partners", partnerLinks);
        term(list, "Organizer", new Span(details.organizerName()));
        term(list, "Library staff", new Span(names(details.staff())));
        term(list, "Contacts", new Span(names(details.contacts())));
        term(
                list,
                "Next meeting",
                new Span(
                        details.nextStart() == null
                                ? "None: the series has ended"
                                : Dates.LONG_DAY.format(details.nextStart()) + " at "
                                        + Dates.TIME.format(details.nextStart())));
        term(list, "Length", new Span(details.durationMinutes() + " minutes"));
        term(list, "Location", new Span(Formats.orDash(details.location())));
        if (details.videoLink() != null) {
            Anchor link = new Anchor(details.videoLink(), details.videoLink(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            term(list, "Video link", link);
        }
        term(
                list,
                "Reminder",
                new Span(
                        details.reminderHours() == null
                                ? "None"
                                : details.reminderHours() + " hours before, by e-mail"));
        term(list, "Repeat rule", new Span(details.rule()));
        if (details.previousSeriesId() != null) {
            term(
                    list,
                    "Continues",
                    new RouterLink("the earlier series", SeriesView.class, parameters(details.previousSeriesId())));
        }
        term(list, "Notes", new Span(Formats.orDash(details.notes())));
        Div box = new Div(new H2("About"), list);
        box.addClassName("details");
        return box;
    }

    private Component list(
            String id,
            List<OccurrenceItem> items,
            String empty,
            Function<OccurrenceItem, Component> actions,
            Function<OccurrenceItem, String> attendees) {
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(empty);
            none.addClassName("muted");
            none.setId(id);
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("occurrences");
        for (OccurrenceItem o : items) {
            Span when = new Span(Dates.dayTime(o.start()));
            when.addClassName("occurrence-when");
            Div line = new Div(when, Dates.badge(o.status(), o.past()));
            if (o.moved()) {
                Span moved = new Span("moved from "
                        + Dates.dayTime(o.original().atZone(o.start().getZone())));
                moved.addClassName("muted");
                line.add(moved);
            }
            line.addClassName("occurrence-line");
            ListItem item = new ListItem(line);
            String who = attendees.apply(o);
            if (!who.isEmpty()) {
                Paragraph present = new Paragraph("Present: " + who);
                present.addClassName("muted");
                item.add(present);
            }
            if (o.note() != null) {
                item.add(new Paragraph(o.note()));
            }
            item.add(actions.apply(o));
            item.addClassName("occurrence");
            list.add(item);
        }
        return list;
    }

    private Component pastActions(OccurrenceItem o, List<StaffMember> people, List<Option> partnerPeople) {
        String when = Dates.dayTime(o.start());
        Div actions = new Div();
        actions.addClassName("occurrence-actions");
        Set<Long> invitedStaff =
                new HashSet<>(details.staff().stream().map(Option::id).toList());
        invitedStaff.add(details.organizerId());
        Set<Long> invitedContacts = details.contacts().stream().map(Option::id).collect(Collectors.toSet());
        Button mark = new Button(
                o.status() == null ? "Mark" : "Change",
                e -> new MarkDialog(schedule, o, people, partnerPeople, invitedStaff, invitedContacts, this::reload)
                        .open());
        mark.setAriaLabel((o.status() == null ? "Mark" : "Change") + " the meeting of " + when);
        actions.add(mark);
        if (o.interactionId() != null) {
            actions.add(new RouterLink(
                    "Open interaction", InteractionView.class, InteractionView.parameters(o.interactionId())));
        } else if (!o.cancelled()) {
            Button log = new Button("Log interaction", e -> logInteraction(o));
            log.setAriaLabel("Log the interaction of " + when);
            log.setTooltipText("Logs a meeting with this series' partners and the people present, and marks it held");
            Button link = new Button("Link existing", e -> new LinkInteractionDialog(schedule, o, this::reload).open());
            link.setAriaLabel("Link an interaction already logged to " + when);
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(log, link);
        }
        return actions;
    }

    private Component upcomingActions(OccurrenceItem o) {
        String when = Dates.dayTime(o.start());
        Div actions = new Div();
        actions.addClassName("occurrence-actions");
        if (o.cancelled()) {
            Button restore = new Button("Restore", e -> mark(o, null, "Meeting restored: " + when + "."));
            restore.setAriaLabel("Restore the cancelled meeting of " + when);
            actions.add(restore);
            return actions;
        }
        Button move = new Button("Move", e -> new MoveDialog(schedule, o, this::reload).open());
        move.setAriaLabel("Move the meeting of " + when);
        Button cancel = new Button("Cancel meeting", e -> confirmCancel(o));
        cancel.setAriaLabel("Cancel the meeting of " + when);
        actions.add(move, cancel);
        if (o.moved()) {
            Button back = new Button("Move back", e -> {
                try {
                    schedule.move(o.seriesId(), o.original(), null, o.version());
                    Feedback.saved("Back at its usual time.");
                } catch (InvalidInputException | StaleRecordException ex) {
                    Feedback.error(ex.getMessage());
                }
                reload();
            });
            back.setAriaLabel("Move the meeting of " + when + " back to its usual time");
            actions.add(back);
        }
        Button following = new Button(
                "Change this and following",
                e -> UI.getCurrent()
                        .navigate(
                                SeriesEditorView.class,
                                SeriesEditorView.editing(o.seriesId()),
                                SeriesEditorView.from(o.original())));
        following.setAriaLabel("Change the series from " + when + " on");
        following.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(following);
        return actions;
    }

    private void confirmCancel(OccurrenceItem o) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Cancel the meeting of " + Dates.dayTime(o.start()) + "?");
        confirm.setText("Invitees get no reminder for it, and subscribed calendars remove it at their next refresh. "
                + "You can restore it later.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Cancel meeting");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(
                e -> mark(o, OccurrenceStatus.CANCELLED, "Meeting cancelled: " + Dates.dayTime(o.start()) + "."));
        confirm.open();
    }

    private void mark(OccurrenceItem o, OccurrenceStatus status, String done) {
        try {
            schedule.mark(o.seriesId(), o.original(), status, o.staffIds(), o.contactIds(), o.note(), o.version());
            Feedback.saved(done);
        } catch (InvalidInputException | StaleRecordException e) {
            Feedback.error(e.getMessage());
        }
        reload();
    }

    private void logInteraction(OccurrenceItem o) {
        try {
            schedule.logInteraction(o.seriesId(), o.original());
            Feedback.saved("Logged as an interaction and marked held. Open it to add notes and follow-ups.");
            reload();
        } catch (InvalidInputException | StaleRecordException e) {
            Feedback.error(e.getMessage());
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete “" + details.title() + "”?");
        confirm.setText("This deletes the series and everything recorded about its meetings — who attended, "
                + "held or missed — and removes it from subscribed calendars. Logged interactions stay. "
                + "This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete series");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                schedule.delete(details.id(), details.version());
                Feedback.saved("“" + details.title() + "” deleted.");
                UI.getCurrent().navigate(CalendarView.class);
            } catch (StaleRecordException ex) {
                Feedback.error(ex.getMessage());
                reload();
            }
        });
        confirm.open();
    }

    private Details history() {
        Details history = new Details("History");
        history.addOpenedChangeListener(e -> {
            if (e.isOpened() && history.getContent().findAny().isEmpty()) {
                history.add(new HistoryList(schedule.history(details.id()), schedule.libraryZone()));
            }
        });
        return history;
    }

    private void reload() {
        try {
            details = schedule.get(details.id());
            render();
        } catch (RecordNotFoundException e) {
            UI.getCurrent().navigate(CalendarView.class);
        }
    }

    private static String attendees(OccurrenceItem o, Map<Long, String> staff, Map<Long, String> contacts) {
        return Stream.concat(
                        o.staffIds().stream().map(i -> staff.getOrDefault(i, "#" + i)),
                        o.contactIds().stream().map(i -> contacts.getOrDefault(i, "#" + i)))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static String names(List<Option> options) {
        return options.isEmpty() ? "—" : options.stream().map(Option::name).collect(Collectors.joining(", "));
    }

    private static void term(DescriptionList list, String term, Component value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
