package org.commonground.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.YearMonth;
import java.time.ZoneId;
import org.commonground.partner.PartnerKind;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The calendar over the demo library: the month grid, the agenda, filters, empty states, the feed link. */
@ViewTest
@WithUserDetails("director")
class CalendarViewTest extends SpringBrowserlessTest {

    @Test
    void this_month_shows_the_city_check_in_in_the_grid_and_in_the_agenda() {
        CalendarView view = navigate(CalendarView.class);
        assertThat(view.monthTitle.getText())
                .isEqualTo(Dates.MONTH.format(
                        YearMonth.now(ZoneId.of("America/Chicago")).atDay(1)));
        MonthGrid grid = $(MonthGrid.class).single();
        assertThat(grid.getCaptionText()).contains("check-ins");
        assertThat($(RouterLink.class).from(grid).all())
                .extracting(RouterLink::getText)
                .anyMatch(text -> text.endsWith(" Monthly check-in with the Mayor's office"));

        test(view.layout).selectItem("Agenda");
        assertThat($(MonthGrid.class).all()).isEmpty();
        assertThat($(RouterLink.class).from(view.content).all())
                .extracting(RouterLink::getText)
                .contains("Monthly check-in with the Mayor's office");
    }

    @Test
    void a_filter_with_nothing_to_show_says_so_and_how_to_see_everything() {
        CalendarView view = navigate(CalendarView.class);
        test(view.partnerKind).selectItem(PartnerKind.OTHER.label());
        assertThat($(Paragraph.class).withId("calendar-empty").single().getText())
                .isEqualTo("No check-ins this month match the filters. Clear them to see all.");
        view.partnerKind.clear();
        assertThat($(Paragraph.class).withId("calendar-empty").all()).isEmpty();
    }

    @Test
    void the_feed_link_is_shown_and_reset_only_after_confirming() {
        navigate(CalendarView.class);
        FeedLinkPanel panel = $(FeedLinkPanel.class).single();
        String before = panel.url.getValue();
        assertThat(before).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        test($(Button.class).withText("Reset link").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(panel.url.getValue()).as("not before confirming").isEqualTo(before);
        test(confirm).confirm();
        assertThat(panel.url.getValue()).isNotEqualTo(before).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
    }
}
