package org.commonground.history.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.commonground.history.HistoryEntry;
import org.commonground.shared.Formats;

/** A record's history as people read it: who changed what, when, from what to what. */
public class HistoryList extends Div {

    /** Long texts (mission, notes) are shortened in the list; the record itself has them whole. */
    private static final int SHORTEN_AT = 160;

    /**
     * A closed "History" section that reads the record's history only when someone opens it: it is there when
     * someone asks "who changed this?", and costs nothing otherwise.
     */
    public static Details section(Supplier<List<HistoryEntry>> entries, ZoneId zone) {
        Details history = new Details("History");
        history.setId("history");
        history.addOpenedChangeListener(e -> {
            if (e.isOpened() && history.getContent().findAny().isEmpty()) {
                history.add(new HistoryList(entries.get(), zone));
            }
        });
        return history;
    }

    public HistoryList(List<HistoryEntry> entries, ZoneId zone) {
        addClassName("history");
        if (entries.isEmpty()) {
            add(new Paragraph("No changes recorded yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (HistoryEntry entry : entries) {
            ListItem item = new ListItem();
            Span when = new Span(Formats.dateTime(entry.at(), zone));
            when.addClassName("history-when");
            Span what = new Span(" · " + entry.by() + " " + entry.kind().verb() + " " + entry.record());
            item.add(when, what);
            if (!entry.changes().isEmpty()) {
                UnorderedList changes = new UnorderedList();
                changes.addClassName("history-changes");
                for (HistoryEntry.FieldChange change : entry.changes()) {
                    changes.add(new ListItem(describe(entry.kind(), change)));
                }
                item.add(changes);
            }
            list.add(item);
        }
        add(list);
    }

    private static String describe(HistoryEntry.Kind kind, HistoryEntry.FieldChange change) {
        if (kind == HistoryEntry.Kind.CREATED) {
            return change.field() + ": " + shorten(change.after());
        }
        String before = change.before().isEmpty() ? "(empty)" : shorten(change.before());
        String after = change.after().isEmpty() ? "(empty)" : shorten(change.after());
        return change.field() + ": " + before + " → " + after;
    }

    private static String shorten(String text) {
        return text.length() <= SHORTEN_AT ? text : text.substring(0, SHORTEN_AT - 1) + "…";
    }
}
