package org.commonground.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.ui.PartnerPageSection;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.SeriesSummary;

/** The partner's recurring check-ins on the partner page: each series, its next meeting, how consistently it met. */
@org.springframework.stereotype.Component
class PartnerCheckInsSection implements PartnerPageSection {

    private final ScheduleService schedule;

    PartnerCheckInsSection(ScheduleService schedule) {
        this.schedule = schedule;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Component render(PartnerDetails partner) {
        return new CheckIns(schedule.ofPartner(partner.id()), partner);
    }

    @StyleSheet("styles/schedule.css")
    static class CheckIns extends Div {

        CheckIns(List<SeriesSummary> series, PartnerDetails partner) {
            setId("partner-check-ins");
            Button schedule = new Button(
                    "Schedule check-in with " + partner.name(),
                    VaadinIcon.CALENDAR.create(),
                    e -> UI.getCurrent().navigate(SeriesEditorView.class, SeriesEditorView.forPartner(partner.id())));
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div toolbar = new Div(schedule);
            toolbar.addClassName("toolbar");
            add(new H2("Check-ins"), toolbar);
            if (series.isEmpty()) {
                Paragraph none = new Paragraph("No recurring check-ins with " + partner.name() + " yet.");
                none.addClassName("muted");
                add(none);
                return;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("partner-series");
            for (SeriesSummary s : series) {
                RouterLink link = new RouterLink(s.title(), SeriesView.class, SeriesView.parameters(s.id()));
                Span sentence = new Span(s.sentence());
                sentence.addClassName("muted");
                Span next = new Span(s.next() == null ? "Ended" : "Next: " + Dates.dayTime(s.next()));
                Span record = new Span(s.last12Months().label());
                list.add(new ListItem(link, new Div(sentence), new Div(next), new Div(record)));
            }
            add(list);
        }
    }
}
