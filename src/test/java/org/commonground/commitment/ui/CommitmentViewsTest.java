package org.commonground.commitment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentUnit;
import org.commonground.commitment.DueWindow;
import org.commonground.home.ui.HomeView;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Commitments as staff and the director meet them, over the demo library. */
@ViewTest
@WithUserDetails("staff")
class CommitmentViewsTest extends SpringBrowserlessTest {

    static final ZoneId LIBRARY = ZoneId.of("America/Chicago");

    @Autowired
    CommitmentService commitments;

    private CommitmentDialog openNew() {
        CommitmentsView list = navigate(CommitmentsView.class);
        test($(Button.class).withText("Record commitment").first()).click();
        assertThat(list).isNotNull();
        return $(CommitmentDialog.class).single();
    }

    @Test
    void a_new_commitment_starts_today_as_a_proposal_and_its_unit_follows_the_kind() {
        CommitmentDialog dialog = openNew();
        assertThat(dialog.startDate.getValue()).isEqualTo(LocalDate.now(LIBRARY));
        assertThat(dialog.initialStatus.getValue()).isEqualTo(CommitmentStatus.PROPOSED);
        assertThat(dialog.direction.getValue()).isEqualTo(CommitmentDirection.LIBRARY_TO_PARTNER);

        test(dialog.kind).selectItem("Funding");
        assertThat(dialog.unit.getValue()).isEqualTo(CommitmentUnit.DOLLARS);
        test(dialog.unit).selectItem("hours");
        test(dialog.kind).selectItem("Space");
        assertThat(dialog.unit.getValue()).as("a unit the user chose stays").isEqualTo(CommitmentUnit.HOURS);
    }

    @Test
    void bad_amount_and_dates_are_shown_on_their_fields_and_nothing_is_saved() {
        long before = commitments.count(CommitmentFilter.none());
        CommitmentDialog dialog = openNew();
        // Not the museum: another test adds a second partner of that name on purpose.
        test(dialog.partner).setFilter("Botanical");
        test(dialog.partner).selectItem("Riverside Botanical Garden Research Program");
        test(dialog.description).setValue("Exhibit space");
        test(dialog.amount).setValue(new BigDecimal("-5"));
        test(dialog.endDate).setValue(LocalDate.now(LIBRARY).minusDays(1));
        test(dialog.save).click();

        assertThat(dialog.amount.isInvalid()).isTrue();
        assertThat(dialog.amount.getErrorMessage()).isEqualTo("The amount must be more than 0.");
        assertThat(dialog.endDate.isInvalid()).isTrue();
        assertThat(dialog.endDate.getErrorMessage()).startsWith("The end date is before the start date");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(commitments.count(CommitmentFilter.none())).isEqualTo(before);
    }

    @Test
    void a_recorded_commitment_opens_on_its_page_and_only_allowed_moves_are_offered() {
        CommitmentDialog dialog = openNew();
        test(dialog.direction).selectItem(CommitmentDirection.PARTNER_TO_LIBRARY.description());
        test(dialog.partner).setFilter("City Council");
        test(dialog.partner).selectItem("Maple Falls City Council");
        test(dialog.kind).selectItem("Funding");
        test(dialog.description).setValue("Council grant for the heat-safety kits");
        test(dialog.amount).setValue(new BigDecimal("12500"));
        test(dialog.save).click();

        CommitmentView page = $(CommitmentView.class).single();
        assertThat(page.getPageTitle()).isEqualTo("Funding: Maple Falls City Council → Library");
        assertThat($(Button.class).withText("Make active").exists()).isTrue();
        assertThat($(Button.class).withText("Mark fulfilled").exists())
                .as("a proposal cannot be fulfilled")
                .isFalse();

        test($(Button.class).withText("Make active").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(Button.class).withText("Mark fulfilled").exists()).isTrue();
        assertThat($(Span.class).withText("Active").exists()).isTrue();

        test(page.note).setValue("   ");
        page.addNote();
        assertThat(page.note.getErrorMessage()).isEqualTo("Write the progress note first.");
    }

    @Test
    @WithUserDetails("director")
    void the_director_sees_overdue_and_soon_due_commitments_on_the_home_page() {
        navigate(HomeView.class);
        DueCommitments due = $(DueCommitments.class).single();
        long expected = commitments.count(new CommitmentFilter(null, null, null, null, DueWindow.OVERDUE, null, null))
                + commitments.count(new CommitmentFilter(null, null, null, null, DueWindow.NEXT_30_DAYS, null, null));
        assertThat(expected).as("the demo library has commitments due").isGreaterThanOrEqualTo(2);
        assertThat(test(due.grid).size()).isEqualTo((int) expected);
        assertThat(test(due.grid).getRow(0).overdue()).as("overdue first").isTrue();
    }

    @Test
    void the_balance_page_shows_a_chart_per_unit_and_tables_for_the_last_12_months() {
        BalanceView view = navigate(BalanceView.class);
        assertThat(view.from.getValue())
                .isEqualTo(LocalDate.now(LIBRARY).minusYears(1).plusDays(1));
        String html = view.results.getElement().getOuterHTML();
        assertThat(html).contains("Given and received, in dollars");
        String charts = $(Div.class).withClassName("chart-holder").all().stream()
                .map(d -> d.getElement().getProperty("innerHTML"))
                .reduce("", String::concat);
        assertThat(charts)
                .contains("role=\"img\"")
                .contains("viewBox='0.0 0.0 640.0")
                .contains("Local government: library gives");
        assertThat(charts)
                .as("withdrawn and proposed commitments are not counted")
                .doesNotContain("$2,500");

        test(view.to).setValue(view.from.getValue().minusDays(1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The period ends before it starts. Choose a later end date.");
    }
}
