package org.commonground.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.commonground.schedule.PartnerCheckIn;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.ui.FeedLinkPanel;
import org.commonground.shared.Formats;
import org.springframework.stereotype.Component;

/**
 * A partner user's check-ins in their portal: the coming ones and those of the last months, only of series
 * involving their organization (the service filters by the caller's organization), with their own feed link.
 */
@Component
class PortalCheckInsSection implements PortalSection {

    static final Duration AHEAD = Duration.ofDays(120);
    static final Duration BACK = Duration.ofDays(180);

    private final ScheduleService schedule;
    private final Clock clock;

    PortalCheckInsSection(ScheduleService schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Div render(String search) {
        Instant now = clock.instant();
        List<PartnerCheckIn> all = schedule.myCheckIns(now.minus(BACK), now.plus(AHEAD)).stream()
                .filter(c -> search == null
                        || search.isBlank()
                        || c.title()
                                .toLowerCase(Locale.ROOT)
                                .contains(search.strip().toLowerCase(Locale.ROOT)))
                .toList();
        Div section = new Div(new H2("Check-ins with the library"));
        section.setId("portal-check-ins");
        if (all.isEmpty()) {
            section.add(new Paragraph(
                    search == null || search.isBlank()
                            ? "No regular meetings with the library are scheduled with your organization."
                            : "No check-in matches “" + search.strip() + "”."));
        } else {
            List<PartnerCheckIn> coming = all.stream()
                    .filter(c -> !c.start().toInstant().isBefore(now))
                    .toList();
            List<PartnerCheckIn> past = all.stream()
                    .filter(c -> c.start().toInstant().isBefore(now))
                    .toList()
                    .reversed();
            section.add(
                    new H3("Coming up"),
                    list(coming, "Nothing scheduled in the next four months."),
                    new H3("Recent"),
                    list(past, "None in the last six months."));
        }
        section.add(new FeedLinkPanel(schedule));
        return section;
    }

    private static Div list(List<PartnerCheckIn> checkIns, String none) {
        Div box = new Div();
        if (checkIns.isEmpty()) {
            box.add(new Paragraph(none));
            return box;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-list");
        for (PartnerCheckIn c : checkIns) {
            Span when = new Span(" · " + Formats.fullDateTime(c.start()) + (c.moved() ? " (moved)" : ""));
            when.addClassName("muted");
            Span status = new Span(c.status() == null ? "" : " · " + c.status().label());
            String where = c.location() != null ? c.location() : c.videoLink();
            ListItem item = new ListItem(new Span(c.title()), when, status);
            if (where != null && !where.isBlank()) {
                Span place = new Span(" · " + where);
                place.addClassName("muted");
                item.add(place);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }
}
