package org.commonground.rubric.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.commonground.app.NotFoundView;
import org.commonground.home.ui.HomeView;
import org.commonground.rubric.AttestationService;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The rubric as directors and staff meet it, over the demo library. */
@ViewTest
@WithUserDetails("director")
class RubricViewsTest extends SpringBrowserlessTest {

    static final ZoneId LIBRARY = ZoneId.of("America/Chicago");

    @Autowired
    AttestationService attestations;

    @Test
    void the_directors_home_opens_on_the_six_strands_with_next_steps_and_trends() {
        navigate(HomeView.class);
        RubricDashboard dashboard = $(RubricDashboard.class).single();
        List<String> strands = titles(dashboard);
        assertThat(strands)
                .containsExactly(
                        "Local government",
                        "DEI organizations",
                        "Science leaders",
                        "Reaching all community members",
                        "Policies and plans",
                        "From engagement to relationships");
        assertThat($(ListItem.class).from(dashboard).all()).hasSize(3);
        assertThat(dashboard.getElement().toString()).contains("Next steps").contains("Trend over the last 24 months");
        assertThat($(Details.class).from(dashboard).all()).hasSize(6);
    }

    @Test
    void a_strand_page_explains_every_indicator_and_shows_the_blank_end_goal_as_not_yet_defined() {
        navigate("rubric/cme-relationships", StrandView.class);
        List<String> goals = $(Paragraph.class).all().stream()
                .map(Paragraph::getText)
                .filter(t -> t.startsWith("End goal: "))
                .toList();
        assertThat(goals)
                .containsExactly(
                        "End goal: Not yet defined",
                        "End goal: Plan to move from engagement to building relationships with diverse communities",
                        "End goal: Not yet defined");
        assertThat($(IndicatorSection.class).all()).hasSize(4);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("How it is scored: At least 2 review"))
                .contains("The rubric leaves this stage's end goal and indicators blank, so there is nothing to show "
                        + "here yet. It does not hold the strand back.");
    }

    @Test
    void an_unknown_strand_is_not_found_and_a_future_date_falls_back_to_today() {
        navigate("rubric/no-such-strand", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        StrandView view = open("rubric/ce-gov?asOf=2999-01-01", StrandView.class);
        assertThat(view.asOf.getValue()).isEqualTo(LocalDate.now(LIBRARY));
        StrandView earlier = open("rubric/ce-gov?asOf=" + LocalDate.now(LIBRARY).minusMonths(3), StrandView.class);
        assertThat(earlier.asOf.getValue()).isEqualTo(LocalDate.now(LIBRARY).minusMonths(3));
    }

    @Test
    void an_attestation_without_a_statement_or_evidence_is_refused_on_its_fields_then_saved_and_listed() {
        navigate("rubric/ce-sci", StrandView.class);
        IndicatorSection review = $(IndicatorSection.class).all().stream()
                .filter(s -> s.getId().orElse("").equals("indicator-ce-sci-aware-stemReview"))
                .findFirst()
                .orElseThrow();
        int before = attestations
                .of("ce.sci.aware.stemReview", LocalDate.now(LIBRARY))
                .size();
        test(review.attest).click();
        AttestationDialog dialog = $(AttestationDialog.class).single();
        assertThat(dialog.attestedOn.getValue()).isEqualTo(LocalDate.now(LIBRARY));
        assertThat(dialog.expiresOn.getValue()).isEqualTo(LocalDate.now(LIBRARY).plusYears(1));

        test(dialog.evidenceLink).setValue("not a link");
        test(dialog.save).click();
        assertThat(dialog.statement.isInvalid()).isTrue();
        assertThat(dialog.statement.getErrorMessage())
                .isEqualTo("Write the statement: what you attest to, in a sentence or two.");
        assertThat(dialog.evidenceLink.getErrorMessage())
                .isEqualTo("Enter a web address starting with https:// or http://.");
        test(dialog.expiresOn).setValue(LocalDate.now(LIBRARY).minusDays(3));
        test(dialog.save).click();
        assertThat(dialog.expiresOn.getErrorMessage())
                .isEqualTo("The expiry date must be after the date of the " + "attestation.");
        assertThat(attestations.of("ce.sci.aware.stemReview", LocalDate.now(LIBRARY)))
                .hasSize(before);

        test(dialog.statement).setValue("The STEM programming review of June looked at who comes and who does not.");
        test(dialog.evidenceLink).setValue("https://library.example.org/stem-review-2026.pdf");
        test(dialog.expiresOn).setValue(LocalDate.now(LIBRARY).plusMonths(6));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(attestations.of("ce.sci.aware.stemReview", LocalDate.now(LIBRARY)))
                .hasSize(before + 1);
        IndicatorSection after = $(IndicatorSection.class).all().stream()
                .filter(s -> s.getId().orElse("").equals("indicator-ce-sci-aware-stemReview"))
                .findFirst()
                .orElseThrow();
        assertThat($(Span.class).from(after).all().stream().map(Span::getText)).contains("100 %", "Counts");
        assertThat($(Anchor.class).from(after).all().stream().map(Anchor::getHref))
                .contains("https://library.example.org/stem-review-2026.pdf");
    }

    @Test
    void the_progress_report_refuses_a_period_that_ends_before_it_starts() {
        LocalDate today = LocalDate.now(LIBRARY);
        ProgressReportView view =
                open("rubric/report?from=" + today + "&to=" + today.minusMonths(2), ProgressReportView.class);
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The period must end after it starts.");

        ProgressReportView fine =
                open("rubric/report?from=" + today.minusYears(1) + "&to=" + today, ProgressReportView.class);
        assertThat(fine.report.getElement().toString())
                .contains("Maple Falls Public Library")
                .contains("Highlights of the period")
                .contains("Download as PDF");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_tunes_a_threshold_within_its_range() {
        RubricSettingsView view = navigate(RubricSettingsView.class);
        Button change = $(Button.class).from(view).all().stream()
                .filter(b -> "Change the settings of Communicate proactively on racial equity and shared goals"
                        .equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
        test(change).click();
        TuningDialog dialog = $(TuningDialog.class).single();
        // The browser's number field lets a person type 0; the server must refuse it with a message.
        dialog.fields.get("minCount").setValue(0);
        test(dialog.save).click();
        assertThat(dialog.fields.get("minCount").isInvalid()).isTrue();
        assertThat(dialog.fields.get("minCount").getErrorMessage())
                .isEqualTo("At least this many records must be between 1 and 500.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @WithUserDetails("staff")
    void staff_see_the_rubric_but_not_its_settings() {
        navigate(RubricView.class);
        assertThat($(RubricDashboard.class).all()).hasSize(1);
        navigate("admin/rubric", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    /** Navigates to a location with a query, as a typed address or a link would. */
    private <T> T open(String location, Class<T> view) {
        int q = location.indexOf('?');
        UI.getCurrent().navigate(location.substring(0, q), QueryParameters.fromString(location.substring(q + 1)));
        return view.cast(getCurrentView());
    }

    private List<String> titles(RubricDashboard dashboard) {
        return $(RouterLink.class).from(dashboard).all().stream()
                .filter(l -> l.hasClassName("strand-title"))
                .map(RouterLink::getText)
                .toList();
    }
}
