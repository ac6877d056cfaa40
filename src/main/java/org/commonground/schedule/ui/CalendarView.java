package org.commonground.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.commonground.partner.PartnerKind;
import org.commonground.schedule.CalendarFilter;
import org.commonground.schedule.OccurrenceItem;
import org.commonground.schedule.ScheduleService;
import org.commonground.security.Role;
import org.commonground.shared.ui.CsvDownload;

/**
 * All check-ins of a month, as a month grid or an agenda, filtered by partner kind and "mine"; new
 * series, imported invitations, and the person's own calendar feed link.
 */
@Route("calendar")
@PageTitle("Calendar")
@Menu(order = 25, icon = "vaadin:calendar", title = "Calendar")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
@StyleSheet("styles/schedule.css")
public class CalendarView extends Main {

    enum Layout {
        MONTH("Month"),
        AGENDA("Agenda");

        final String label;

        Layout(String label) {
            this.label = label;
        }
    }

    final RadioButtonGroup<Layout> layout = new RadioButtonGroup<>("View");
    final ComboBox<PartnerKind> partnerKind = new ComboBox<>("Partner kind");
    final Checkbox mine = new Checkbox("Only mine");
    final H2 monthTitle = new H2();
    final Div content = new Div();
    private final ScheduleService schedule;
    private final ZoneId zone;
    private final LocalDate today;
    YearMonth month;

    public CalendarView(ScheduleService schedule, Clock clock) {
        this.schedule = schedule;
        this.zone = schedule.libraryZone();
        this.today = LocalDate.now(clock.withZone(zone));
        this.month = YearMonth.from(today);
        addClassName("page");
        addClassName("calendar-page");

        Button create = new Button(
                "New meeting series",
                VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(SeriesEditorView.class));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importIcs =
                new Button("Import invitation", VaadinIcon.UPLOAD.create(), e -> new ImportDialog(schedule).open());
        Div heading = new Div(new H1("Calendar"), create, importIcs);
        heading.addClassName("heading-with-actions");

        layout.setItems(Layout.values());
        layout.setItemLabelGenerator(l -> l.label);
        layout.setValue(Layout.MONTH);
        layout.addValueChangeListener(e -> refresh());
        partnerKind.setItems(PartnerKind.values());
        partnerKind.setItemLabelGenerator(PartnerKind::label);
        partnerKind.setClearButtonVisible(true);
        partnerKind.setPlaceholder("Any");
        partnerKind.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        Div filters =
                new Div(layout, partnerKind, mine, CsvDownload.link("export-occurrences", "check-ins", this::export));
        filters.addClassName("toolbar");

        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(month.minusMonths(1)));
        previous.setAriaLabel("Previous month");
        previous.setTooltipText("Previous month");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(month.plusMonths(1)));
        next.setAriaLabel("Next month");
        next.setTooltipText("Next month");
        Button thisMonth = new Button("This month", e -> show(YearMonth.from(today)));
        monthTitle.setId("calendar-month");
        monthTitle.getElement().setAttribute("aria-live", "polite");
        Div navigation = new Div(previous, monthTitle, next, thisMonth);
        navigation.addClassName("month-navigation");

        content.setId("calendar-content");
        add(heading, filters, navigation, content, new FeedLinkPanel(schedule));
        refresh();
    }

    /** The export link's content: the occurrences of the month shown, with the current filters. */
    void export(OutputStream out) {
        schedule.exportCalendar(
                month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(),
                new CalendarFilter(partnerKind.getValue(), mine.getValue()),
                out);
    }

    void show(YearMonth shown) {
        month = shown;
        refresh();
    }

    void refresh() {
        monthTitle.setText(Dates.MONTH.format(month.atDay(1)));
        // The grid shows whole weeks: ask for the days of the neighbouring months it shows too.
        LocalDate first = month.atDay(1).minusDays(month.atDay(1).getDayOfWeek().getValue() % 7);
        LocalDate last = month.atEndOfMonth()
                .plusDays(6 - month.atEndOfMonth().getDayOfWeek().getValue() % 7);
        List<OccurrenceItem> items = schedule.calendar(
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(),
                new CalendarFilter(partnerKind.getValue(), mine.getValue()));
        content.removeAll();
        List<OccurrenceItem> inMonth = items.stream()
                .filter(o -> YearMonth.from(o.start().withZoneSameInstant(zone)).equals(month))
                .toList();
        if (layout.getValue() == Layout.AGENDA) {
            content.add(agenda(inMonth));
        } else {
            content.add(
                    new MonthGrid(month, items.stream().map(this::inLibraryZone).toList(), today));
        }
        if (inMonth.isEmpty()) {
            Paragraph empty = new Paragraph(
                    partnerKind.getValue() != null || mine.getValue()
                            ? "No check-ins this month match the filters. Clear them to see all."
                            : "No check-ins this month. Schedule one with “New meeting series”.");
            empty.addClassName("muted");
            empty.setId("calendar-empty");
            content.addComponentAsFirst(empty);
        }
    }

    private OccurrenceItem inLibraryZone(OccurrenceItem o) {
        return new OccurrenceItem(
                o.seriesId(),
                o.seriesTitle(),
                o.original(),
                o.start().withZoneSameInstant(zone),
                o.end().withZoneSameInstant(zone),
                o.status(),
                o.moved(),
                o.past(),
                o.note(),
                o.staffIds(),
                o.contactIds(),
                o.interactionId(),
                o.version(),
                o.partners(),
                o.location());
    }

    private Component agenda(List<OccurrenceItem> items) {
        Map<LocalDate, List<OccurrenceItem>> byDay = new TreeMap<>(items.stream()
                .map(this::inLibraryZone)
                .collect(Collectors.groupingBy(o -> o.start().toLocalDate())));
        Div agenda = new Div();
        agenda.setId("agenda");
        agenda.addClassName("agenda");
        byDay.forEach((day, entries) -> {
            H2 date = new H2(Dates.LONG_DAY.format(day));
            date.addClassName("agenda-day");
            UnorderedList list = new UnorderedList();
            for (OccurrenceItem o : entries) {
                RouterLink link =
                        new RouterLink(o.seriesTitle(), SeriesView.class, SeriesView.parameters(o.seriesId()));
                Span when = new Span(Dates.TIME.format(o.start()) + "–" + Dates.TIME.format(o.end()));
                when.addClassName("agenda-time");
                Span with = new Span(o.partners().isEmpty() ? "" : " with " + o.partners());
                with.addClassName("muted");
                ListItem item = new ListItem(when, link, with, Dates.badge(o.status(), o.past()));
                item.addClassName("agenda-entry");
                list.add(item);
            }
            agenda.add(date, list);
        });
        return agenda;
    }
}
