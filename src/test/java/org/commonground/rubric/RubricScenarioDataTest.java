package org.commonground.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentKind;
import org.commonground.communityissue.IssuePriority;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.Theme;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;
import org.commonground.schedule.OccurrenceStatus;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordLink;
import org.commonground.shared.StaleRecordException;
import org.commonground.testsupport.OwnDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Small scenarios written by hand, with the fractions and scores worked out on paper (in the comments), on a
 * database of their own. Dates are days before today.
 */
@OwnDatabaseTest
@WithMockUser(
        username = "tester",
        roles = {"STAFF", "DIRECTOR", "ADMIN"})
class RubricScenarioDataTest {

    private static final CommitmentDirection GIVES = CommitmentDirection.LIBRARY_TO_PARTNER;
    private static final CommitmentDirection RECEIVES = CommitmentDirection.PARTNER_TO_LIBRARY;

    @Autowired
    RubricScenario scenario;

    @Autowired
    RubricService rubric;

    @Autowired
    AttestationService attestations;

    @Autowired
    RubricSettingsService settings;

    long city;
    long agency;
    long air;

    @BeforeEach
    void setUp() {
        scenario.reset();
        city = scenario.partner("Office of the Mayor", PartnerKind.GOVERNMENT, GovernmentKind.EXECUTIVE);
        agency = scenario.partner("Public Health Department", PartnerKind.GOVERNMENT, GovernmentKind.AGENCY);
        air = scenario.issue("Air quality", IssuePriority.HIGH);
    }

    @Test
    void the_local_government_strand_is_derived_from_meetings_reviews_and_commitments() {
        long review = scenario.interaction(InteractionKind.REVIEW, 30, city).log();
        scenario.interaction(InteractionKind.MEETING, 40, city).about(air).log();
        scenario.interaction(InteractionKind.MEETING, 50, agency).about(air).log();
        scenario.interaction(InteractionKind.MEETING, 60, city)
                .byLibrary()
                .on(Theme.RACIAL_EQUITY)
                .log();
        scenario.interaction(InteractionKind.CALL, 70, city)
                .byLibrary()
                .on(Theme.SHARED_GOALS)
                .log();
        scenario.commitment(agency, GIVES, CommitmentKind.STAFF_TIME, scenario.daysAgo(100), air);

        StrandDetails gov = rubric.strand("ce-gov", scenario.today());
        // Aware: review 1/1, executive branch and agency met on an issue 1/1 → fA = 1.
        assertThat(fraction(gov, "ce.gov.aware.review")).isEqualTo(1.0);
        assertThat(fraction(gov, "ce.gov.aware.meet")).isEqualTo(1.0);
        // Intentional: 2 of 3 proactive meetings, no check-ins (0), one investment (1) → fI = 5/9.
        assertThat(fraction(gov, "ce.gov.intentional.communicate")).isEqualTo(2.0 / 3);
        assertThat(finding(gov, "ce.gov.intentional.communicate").missing()).startsWith("1 more");
        assertThat(fraction(gov, "ce.gov.intentional.regular")).isZero();
        assertThat(fraction(gov, "ce.gov.intentional.invest")).isEqualTo(1.0);
        // Score 4 + 3 × 5/9 = 5.67, Intentional.
        assertThat(gov.score().score()).isEqualTo(5.67);
        assertThat(gov.score().stage()).isEqualTo(Stage.INTENTIONAL);

        IndicatorDetails reviewed = indicator(gov, "ce.gov.aware.review");
        assertThat(reviewed.evidence()).extracting(RecordLink::path).containsExactly("interactions/" + review);
        assertThat(reviewed.rule()).isEqualTo("At least 1 review with local government in the last 12 months.");

        StrandCard card = rubric.dashboard(scenario.today()).strands().stream()
                .filter(c -> c.strand().key().equals("ce-gov"))
                .findFirst()
                .orElseThrow();
        assertThat(card.now().score()).isEqualTo(5.67);
        // 90 days ago only the 100-day-old commitment counted: fA = (0 + 0)/2 → score 1.0.
        assertThat(card.before().score()).isEqualTo(1.0);
        assertThat(card.change()).isEqualTo(4.67);
    }

    @Test
    void a_city_check_in_held_9_of_12_times_is_met_consistently_and_city_funding_counts_as_recognition() {
        List<LocalDateTime> dates = new ArrayList<>();
        long series = scenario.weeklyCheckIn(city, dates);
        for (int i = 0; i < 12; i++) {
            var status = i < 9 ? OccurrenceStatus.HELD : i < 11 ? OccurrenceStatus.MISSED : OccurrenceStatus.CANCELLED;
            scenario.schedule.mark(series, dates.get(i), status, Set.of(), Set.of(), null, -1);
        }
        scenario.commitment(city, RECEIVES, CommitmentKind.FUNDING, scenario.daysAgo(60), null);

        StrandDetails gov = rubric.strand("ce-gov", scenario.today());
        // 9 held of 12 scheduled (cancelled and missed count as not held) = 75 %, full at 75 %: 1.
        assertThat(fraction(gov, "ce.gov.intentional.regular")).isEqualTo(1.0);
        assertThat(finding(gov, "ce.gov.intentional.regular").progress())
                .isEqualTo("Weekly check-in with the city: 9 of 12 held (75 %)");
        assertThat(indicator(gov, "ce.gov.intentional.regular").evidence())
                .extracting(RecordLink::path)
                .containsExactly("series/" + series);
        // Funding from the executive branch: recognized and funded, 1 of 1.
        assertThat(fraction(gov, "ce.gov.purposeful.funded")).isEqualTo(1.0);

        // One held meeting less: 8/12 = 2/3, which is (2/3) / 0.75 = 8/9 of the way.
        scenario.schedule.mark(
                series,
                dates.get(0),
                OccurrenceStatus.MISSED,
                Set.of(),
                Set.of(),
                null,
                scenario.schedule
                        .occurrences(
                                series,
                                dates.get(0).atZone(RubricScenario.ZONE).toInstant(),
                                dates.get(0)
                                        .plusHours(1)
                                        .atZone(RubricScenario.ZONE)
                                        .toInstant())
                        .getFirst()
                        .version());
        assertThat(fraction(rubric.strand("ce-gov", scenario.today()), "ce.gov.intentional.regular"))
                .isCloseTo(8.0 / 9, Offset.offset(1e-9));
    }

    @Test
    void a_partner_that_changes_kind_takes_its_commitments_and_meetings_to_its_new_strand() {
        scenario.commitment(agency, GIVES, CommitmentKind.STAFF_TIME, scenario.daysAgo(100), air);
        scenario.interaction(InteractionKind.MEETING, 50, agency).about(air).log();
        assertThat(fraction(rubric.strand("ce-gov", scenario.today()), "ce.gov.intentional.invest"))
                .isEqualTo(1.0);

        var form = scenario.partners.formFor(agency);
        form.setKind(PartnerKind.DEI_ORGANIZATION);
        form.setGovernmentKind(null);
        scenario.partners.update(agency, form, true);

        StrandDetails gov = rubric.strand("ce-gov", scenario.today());
        assertThat(fraction(gov, "ce.gov.intentional.invest")).isZero();
        // The meeting no longer counts as one with an agency: only the executive-branch half could remain.
        assertThat(fraction(gov, "ce.gov.aware.meet")).isZero();
        // Now one of the two issue-tied investments the DEI strand asks for.
        assertThat(fraction(rubric.strand("ce-dei", scenario.today()), "ce.dei.intentional.invest"))
                .isEqualTo(0.5);
    }

    @Test
    void a_two_year_partnership_whose_mission_outcomes_are_measured_is_stable() {
        long ngo = scenario.partnerWithGoals("Eastside Neighbors", PartnerKind.DEI_ORGANIZATION);
        long young = scenario.partnerWithGoals("New Alliance", PartnerKind.DEI_ORGANIZATION);
        long museum = scenario.partner("Science Museum", PartnerKind.SCIENCE_LEADER, null);
        scenario.interaction(InteractionKind.MEETING, 760, ngo).log(); // 25 months ago: the partnership began
        scenario.interaction(InteractionKind.MEETING, 300, young).log(); // 10 months ago
        long mission = scenario.mission(air, scenario.daysAgo(600), ngo, young, museum);
        scenario.measure(mission, scenario.daysAgo(60));

        // Measured this year, but only one of the two signatories has been a partner for 24 months: 1 of 2.
        assertThat(fraction(rubric.strand("ce-dei", scenario.today()), "ce.dei.purposeful.stable"))
                .isEqualTo(0.5);
        // The science strand asks for one stable partnership, which the museum (no logged interaction) is not.
        assertThat(fraction(rubric.strand("ce-sci", scenario.today()), "ce.sci.purposeful.stable"))
                .isZero();
        // Its evaluation tools: one measure of a mission a science leader signed, measured in the window.
        assertThat(fraction(rubric.strand("ce-sci", scenario.today()), "ce.sci.intentional.evaluation"))
                .isEqualTo(1.0);
        // Before the measurement there was nothing to count.
        assertThat(fraction(rubric.strand("ce-sci", scenario.daysAgo(61)), "ce.sci.intentional.evaluation"))
                .isZero();
    }

    @Test
    void evidence_counts_from_the_day_after_the_window_starts_up_to_the_date_itself() {
        int yearAgo = (int) ChronoUnit.DAYS.between(scenario.today().minusMonths(12), scenario.today());
        scenario.interaction(InteractionKind.REVIEW, yearAgo, city).log(); // exactly 12 months ago: outside
        assertThat(fraction(rubric.strand("ce-gov", scenario.today()), "ce.gov.aware.review"))
                .isZero();
        scenario.interaction(InteractionKind.REVIEW, yearAgo - 1, city).log(); // a day later: inside
        assertThat(fraction(rubric.strand("ce-gov", scenario.today()), "ce.gov.aware.review"))
                .isEqualTo(1.0);
        // As of the first review's own day it counts: the window runs up to the date itself.
        assertThat(fraction(rubric.strand("ce-gov", scenario.daysAgo(yearAgo)), "ce.gov.aware.review"))
                .isEqualTo(1.0);
    }

    @Test
    void evidence_older_than_the_look_back_window_no_longer_counts() {
        scenario.interaction(InteractionKind.REVIEW, 396, city).log(); // 13 months ago

        assertThat(fraction(rubric.strand("ce-gov", scenario.today()), "ce.gov.aware.review"))
                .isZero();
        // As of two months ago the review was 11 months old.
        assertThat(fraction(rubric.strand("ce-gov", scenario.daysAgo(60)), "ce.gov.aware.review"))
                .isEqualTo(1.0);
    }

    @Test
    void the_dei_strand_crosses_its_stage_boundaries_at_4_to_5_and_7_to_8() {
        long ngo1 = scenario.partnerWithGoals("Eastside Neighbors", PartnerKind.DEI_ORGANIZATION);
        long ngo2 = scenario.partnerWithGoals("Latino Alliance", PartnerKind.DEI_ORGANIZATION);
        long ngo3 = scenario.partnerWithGoals("Equity Circle", PartnerKind.DEI_ORGANIZATION);
        scenario.interaction(InteractionKind.REVIEW, 20, ngo1).log();
        long plan = scenario.mission(air, null, ngo1, ngo2);
        long given = scenario.commitment(ngo1, GIVES, CommitmentKind.PROGRAMMING, scenario.daysAgo(30), null);
        long received = scenario.commitment(ngo2, RECEIVES, CommitmentKind.STAFF_TIME, scenario.daysAgo(30), null);
        serve(given, plan);
        serve(received, plan);

        // Aware complete (goals of 3 DEI partners + a review; a plan with commitments both ways); nothing
        // Intentional yet: 4 + 3 × 0 = 4.0, still Aware.
        assertThat(score("ce-dei")).isEqualTo(4.0);
        assertThat(stage("ce-dei")).isEqualTo(Stage.AWARE);

        // Staff, money and space to a DEI organization: dedicate 3/3, so fI = 1/3 → 5.0, Intentional.
        scenario.commitment(ngo1, GIVES, CommitmentKind.STAFF_TIME, scenario.daysAgo(30), null);
        scenario.commitment(ngo1, GIVES, CommitmentKind.FUNDING, scenario.daysAgo(30), null);
        scenario.commitment(ngo1, GIVES, CommitmentKind.SPACE, scenario.daysAgo(30), null);
        assertThat(score("ce-dei")).isEqualTo(5.0);
        assertThat(stage("ce-dei")).isEqualTo(Stage.INTENTIONAL);

        // Criteria and every DEI partner vetted (100 % ≥ 80 %), two issue-tied investments: fI = 1; nothing
        // Purposeful (no long-running commitment, each partner gives one way only): 7.0, still Intentional.
        scenario.criterion("Reflects the communities we serve");
        for (long ngo : new long[] {ngo1, ngo2, ngo3}) {
            scenario.vet(
                    ngo, scenario.daysAgo(10).atStartOfDay(RubricScenario.ZONE).toInstant());
        }
        scenario.commitment(ngo1, GIVES, CommitmentKind.STAFF_TIME, scenario.daysAgo(25), air);
        scenario.commitment(ngo1, GIVES, CommitmentKind.STAFF_TIME, scenario.daysAgo(25), air);
        assertThat(score("ce-dei")).isEqualTo(7.0);
        assertThat(stage("ce-dei")).isEqualTo(Stage.INTENTIONAL);

        // A commitment running 13 months: place-based 1/1, so fP = 1/3 → 8.0, Purposeful.
        scenario.commitment(ngo3, GIVES, CommitmentKind.OTHER, scenario.daysAgo(400), null);
        assertThat(score("ce-dei")).isEqualTo(8.0);
        assertThat(stage("ce-dei")).isEqualTo(Stage.PURPOSEFUL);
    }

    @Test
    void an_expired_attestation_no_longer_stands_for_the_records() {
        AttestationForm form = attestations.newForm("ce.gov.purposeful.seat");
        form.setStatement("The director sits on the mayor's sustainability cabinet.");
        form.setEvidenceText("Appointment letter of March.");
        form.setAttestedOn(scenario.daysAgo(200));
        form.setExpiresOn(scenario.daysAgo(30));
        attestations.attest(form, null);

        assertThat(fraction(rubric.strand("ce-gov", scenario.daysAgo(60)), "ce.gov.purposeful.seat"))
                .isEqualTo(1.0);
        assertThat(finding(rubric.strand("ce-gov", scenario.daysAgo(60)), "ce.gov.purposeful.seat")
                        .byAttestation())
                .isTrue();
        assertThat(fraction(rubric.strand("ce-gov", scenario.today()), "ce.gov.purposeful.seat"))
                .isZero();
    }

    @Test
    void an_indicator_shown_by_records_only_refuses_attestations() {
        assertThatThrownBy(() -> attestations.newForm("ce.gov.intentional.regular"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry(
                                        "indicatorKey",
                                        "“A regular meeting day and time, met consistently” is shown by "
                                                + "records only; an attestation cannot stand for them."));
    }

    @Test
    void a_tuned_threshold_applies_from_then_on_and_earlier_dates_keep_theirs() {
        scenario.interaction(InteractionKind.MEETING, 60, city)
                .byLibrary()
                .on(Theme.RACIAL_EQUITY)
                .log();
        scenario.interaction(InteractionKind.MEETING, 70, city)
                .byLibrary()
                .on(Theme.RACIAL_EQUITY)
                .log();
        IndicatorTuning tuning = settings.tuning("ce.gov.intentional.communicate");
        assertThat(tuning.current()).containsEntry("minCount", 3);

        assertThatThrownBy(() -> settings.tune(
                        "ce.gov.intentional.communicate",
                        Map.of("minCount", 0, "windowMonths", 12),
                        null,
                        tuning.latestSettingId()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("minCount", "At least this many records must be between 1 and 500."));

        settings.tune(
                "ce.gov.intentional.communicate",
                Map.of("minCount", 2, "windowMonths", 12),
                "Two a year is what the city can manage.",
                tuning.latestSettingId());
        assertThat(fraction(rubric.strand("ce-gov", scenario.today()), "ce.gov.intentional.communicate"))
                .isEqualTo(1.0);
        assertThat(fraction(rubric.strand("ce-gov", scenario.daysAgo(1)), "ce.gov.intentional.communicate"))
                .isEqualTo(2.0 / 3);
        assertThat(settings.tuning("ce.gov.intentional.communicate").changes())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).containsEntry("minCount", 3);
                    assertThat(c.after()).containsEntry("minCount", 2);
                    assertThat(c.by()).isEqualTo("tester");
                });
        // Saved from a stale view of the tuning: refused.
        assertThatThrownBy(() -> settings.tune(
                        "ce.gov.intentional.communicate",
                        Map.of("minCount", 4, "windowMonths", 12),
                        null,
                        tuning.latestSettingId()))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void an_attestation_alone_completes_an_indicator_no_record_can_show() {
        AttestationForm form = attestations.newForm("cme.plans.aware.define");
        form.setStatement("Our program guide defines outreach, engagement and relationships.");
        form.setEvidenceLink("https://library.example.org/program-guide.pdf");
        attestations.attest(form, null);
        // Policies and plans, Aware: define 1, two-way 0 → fA = 1/2 → 1 + 1.5 = 2.5.
        assertThat(score("cme-plans")).isEqualTo(2.5);
    }

    private void serve(long commitmentId, long missionId) {
        var form = scenario.commitments.formFor(commitmentId);
        form.setMissionId(missionId);
        scenario.commitments.update(commitmentId, form);
    }

    private double score(String strand) {
        return rubric.strand(strand, scenario.today()).score().score();
    }

    private Stage stage(String strand) {
        return rubric.strand(strand, scenario.today()).score().stage();
    }

    private static IndicatorDetails indicator(StrandDetails strand, String key) {
        return strand.stages().stream()
                .flatMap(s -> s.indicators().stream())
                .filter(i -> i.indicator().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static IndicatorFinding finding(StrandDetails strand, String key) {
        return indicator(strand, key).finding();
    }

    private static double fraction(StrandDetails strand, String key) {
        return finding(strand, key).fraction();
    }
}
