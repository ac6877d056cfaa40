package org.commonground.schedule.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonground.schedule.OccurrenceItem;

/**
 * A month as a plain HTML table drawn on the server: a week per row from Sunday, each day with its
 * occurrences as links to their series. Screen readers read it as a table with a caption and day headers.
 */
class MonthGrid extends NativeTable {

    MonthGrid(YearMonth month, List<OccurrenceItem> items, LocalDate today) {
        addClassName("month-grid");
        setId("month-grid");
        setCaptionText(Dates.MONTH.format(month.atDay(1)) + ": "
                + (items.isEmpty() ? "no check-ins" : items.size() + (items.size() == 1 ? " check-in" : " check-ins")));
        NativeTableRow head = getHead().addRow();
        DayOfWeek day = DayOfWeek.SUNDAY;
        for (int i = 0; i < 7; i++) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            Span shortName = new Span(day.getDisplayName(TextStyle.SHORT, Locale.US));
            shortName.getElement().setAttribute("aria-hidden", "true");
            Span fullName = new Span(day.getDisplayName(TextStyle.FULL, Locale.US));
            fullName.addClassName("visually-hidden");
            cell.add(shortName, fullName);
            cell.getElement().setAttribute("scope", "col");
            day = day.plus(1);
        }
        Map<LocalDate, List<OccurrenceItem>> byDay =
                items.stream().collect(Collectors.groupingBy(o -> o.start().toLocalDate()));
        NativeTableBody body = getBody();
        LocalDate first = month.atDay(1);
        LocalDate cursor = first.minusDays(first.getDayOfWeek().getValue() % 7);
        while (!cursor.isAfter(month.atEndOfMonth())) {
            NativeTableRow week = body.addRow();
            for (int i = 0; i < 7; i++) {
                week.add(dayCell(cursor, month, byDay.getOrDefault(cursor, List.of()), today));
                cursor = cursor.plusDays(1);
            }
        }
    }

    private static NativeTableCell dayCell(
            LocalDate date, YearMonth month, List<OccurrenceItem> items, LocalDate today) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("month-day");
        if (!YearMonth.from(date).equals(month)) {
            cell.addClassName("other-month");
        }
        if (date.equals(today)) {
            cell.addClassName("today");
            cell.getElement().setAttribute("aria-current", "date");
        }
        Span number = new Span(String.valueOf(date.getDayOfMonth()));
        number.addClassName("day-number");
        number.getElement().setAttribute("aria-label", Dates.LONG_DAY.format(date));
        cell.add(number);
        for (OccurrenceItem o : items) {
            RouterLink link = new RouterLink(
                    Dates.TIME.format(o.start()) + " " + o.seriesTitle(),
                    SeriesView.class,
                    SeriesView.parameters(o.seriesId()));
            link.addClassName("month-entry");
            if (o.cancelled()) {
                link.addClassName("cancelled");
                link.getElement().setAttribute("title", "Cancelled");
                link.setText(Dates.TIME.format(o.start()) + " " + o.seriesTitle() + " (cancelled)");
            }
            cell.add(new Div(link));
        }
        return cell;
    }
}
