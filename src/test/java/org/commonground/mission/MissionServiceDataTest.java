package org.commonground.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.IssuePriority;
import org.commonground.history.HistoryEntry;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.StaleRecordException;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@DataTest
@WithMockUser(
        username = "mission.tester",
        roles = {"STAFF", "DIRECTOR"})
class MissionServiceDataTest {

    static final ZoneId LIBRARY = ZoneId.of("America/Chicago");

    @Autowired
    MissionService missions;

    @Autowired
    PartnerService partners;

    @Autowired
    CommunityIssueService issues;

    @Autowired
    UserAccountService accounts;

    String tag;
    long museum;
    long health;
    long neighbors;
    long issue;
    long me;
    LocalDate today;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        today = LocalDate.now(LIBRARY);
        if (accounts.staffById().values().stream()
                .noneMatch(s -> s.displayName().equals("Mission Tester"))) {
            accounts.createAccount("mission.tester", "Mission Tester", Role.STAFF, "long enough secret", null, false);
        }
        me = accounts.staffById().values().stream()
                .filter(s -> s.displayName().equals("Mission Tester"))
                .findFirst()
                .orElseThrow()
                .id();
        museum = partners.create(partner("Air Lab " + tag, PartnerKind.SCIENCE_LEADER, null), false);
        health = partners.create(
                partner("Health Department " + tag, PartnerKind.GOVERNMENT, GovernmentKind.AGENCY), false);
        neighbors = partners.create(partner("Neighbors United " + tag, PartnerKind.DEI_ORGANIZATION, null), false);
        issue = issues.create(CommunityIssueForm.of("Air " + tag, null, IssuePriority.HIGH));
    }

    @Test
    void a_new_mission_is_a_draft_and_reads_back_with_its_signatories_issue_and_owner() {
        long id = missions.create(form("Clean air on every east-side block " + tag, museum, health, neighbors));

        MissionDetails details = missions.get(id);
        assertThat(details.status()).isEqualTo(MissionStatus.DRAFT);
        assertThat(details.adoptionDate()).isNull();
        assertThat(details.startsOn())
                .as("a draft exists from its creation date")
                .isEqualTo(today);
        assertThat(details.issue()).isEqualTo("Air " + tag);
        assertThat(details.owner()).isEqualTo("Mission Tester");
        assertThat(details.signatories())
                .extracting(Signatory::name)
                .containsExactly("Air Lab " + tag, "Health Department " + tag, "Neighbors United " + tag);
        assertThat(details.signatories()).extracting(Signatory::kind).contains("Local government · Agency");
        assertThat(missions.ofPartner(museum)).extracting(MissionSummary::id).containsExactly(id);
    }

    @Test
    void a_mission_without_a_signatory_statement_or_issue_is_refused_naming_each_field_and_nothing_is_saved() {
        long before = missions.count(MissionFilter.all());
        MissionForm empty = new MissionForm();
        empty.setOwnerId(me);
        assertThatThrownBy(() -> missions.create(empty))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry(
                                        "signatoryPartnerIds", "A shared mission needs at least one signatory partner")
                                .containsEntry("statement", "Write the mission statement.")
                                .containsEntry("issueId", "Choose the community issue this mission is about."));
        assertThat(missions.count(MissionFilter.all())).isEqualTo(before);
    }

    @Test
    void the_lifecycle_allows_draft_to_adopted_to_retired_and_refuses_every_other_step_saying_why() {
        long id = missions.create(form("Heat plans for every household " + tag, museum));

        assertThatThrownBy(() -> missions.retire(id, version(id)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("status"))
                                .startsWith("A draft mission cannot be retired"));
        assertThatThrownBy(() -> missions.adopt(id, today.plusDays(1), version(id)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("adoptionDate", "The adoption date cannot be in the future."));

        missions.adopt(id, null, version(id));
        assertThat(missions.get(id).status()).isEqualTo(MissionStatus.ADOPTED);
        assertThat(missions.get(id).adoptionDate())
                .as("adopting defaults to today")
                .isEqualTo(today);
        assertThatThrownBy(() -> missions.adopt(id, today, version(id)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsEntry("status", "This mission is already adopted."));

        missions.retire(id, version(id));
        assertThat(missions.get(id).status()).isEqualTo(MissionStatus.RETIRED);
        assertThatThrownBy(() -> missions.adopt(id, today, version(id)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("status", "A retired mission cannot be adopted again."));
        assertThatThrownBy(() -> missions.retire(id, version(id)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsEntry("status", "This mission is already retired."));

        assertThat(missions.history(id))
                .extracting(HistoryEntry::changes)
                .anySatisfy(changes ->
                        assertThat(changes).contains(new HistoryEntry.FieldChange("Status", "Adopted", "Retired")));
    }

    @Test
    void a_measurement_dated_before_the_mission_exists_in_the_future_or_absurd_is_refused_saying_which_date() {
        long draft = missions.create(form("Flood plans " + tag, museum));
        long measure = missions.addMeasure(
                draft,
                MeasureForm.of(
                        "Households with a flood plan",
                        "households",
                        Direction.HIGHER,
                        BigDecimal.valueOf(600),
                        today.plusMonths(12)));

        assertThatThrownBy(() ->
                        missions.addMeasurement(measure, MeasurementForm.of(today.minusDays(1), BigDecimal.TEN, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("date"))
                                .startsWith("This is before the mission was created ("));
        assertThatThrownBy(() ->
                        missions.addMeasurement(measure, MeasurementForm.of(today.plusDays(1), BigDecimal.TEN, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("date")).startsWith("This date is in the future."));
        assertThatThrownBy(() -> missions.addMeasurement(
                        measure, MeasurementForm.of(today, new BigDecimal("5000000000000"), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("value")).startsWith("This number is too large"));

        LocalDate adopted = today.minusDays(30);
        long mission = missions.create(form("Air sensors " + tag, museum, health));
        missions.adopt(mission, adopted, version(mission));
        long percent = missions.addMeasure(
                mission,
                MeasureForm.of(
                        "Signed up for alerts", "%", Direction.HIGHER, BigDecimal.valueOf(40), today.plusMonths(6)));
        assertThatThrownBy(() -> missions.addMeasurement(
                        percent, MeasurementForm.of(adopted.minusDays(1), BigDecimal.ONE, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("date"))
                                .isEqualTo("This is before the mission was adopted ("
                                        + adopted.format(DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US))
                                        + "). Choose "
                                        + adopted.format(DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US))
                                        + " or later."));
        assertThatThrownBy(() ->
                        missions.addMeasurement(percent, MeasurementForm.of(adopted, new BigDecimal("140"), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("value", "A percentage must be between 0 and 100."));

        missions.addMeasurement(percent, MeasurementForm.of(adopted, new BigDecimal("12.5"), "Baseline"));
        assertThat(missions.measureFacts(mission)).singleElement().satisfies(f -> {
            assertThat(f.measurementCount()).isEqualTo(1);
            assertThat(f.hasTarget()).isTrue();
        });
    }

    @Test
    void measurements_are_edited_and_deleted_by_version_and_everything_is_in_the_history() {
        LocalDate adopted = today.minusDays(60);
        long mission = missions.create(form("Tree canopy " + tag, museum));
        missions.adopt(mission, adopted, version(mission));
        long measure = missions.addMeasure(
                mission,
                MeasureForm.of(
                        "Trees planted", "trees", Direction.HIGHER, BigDecimal.valueOf(200), today.plusMonths(10)));
        long first = missions.addMeasurement(measure, MeasurementForm.of(adopted.plusDays(1), BigDecimal.TEN, null));
        missions.addMeasurement(measure, MeasurementForm.of(adopted.plusDays(20), BigDecimal.valueOf(50), null));

        MeasurementDetails seen =
                missions.get(mission).measures().getFirst().measurements().getFirst();
        MeasurementForm fix = MeasurementForm.of(seen.date(), BigDecimal.valueOf(12), "Recounted");
        fix.setVersion(seen.version());
        missions.updateMeasurement(first, fix);
        assertThatThrownBy(() -> missions.updateMeasurement(first, fix)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> missions.deleteMeasurement(first, seen.version()))
                .isInstanceOf(StaleRecordException.class);
        missions.deleteMeasurement(first, seen.version() + 1);

        MeasureDetails details = missions.get(mission).measures().getFirst();
        assertThat(details.measurements())
                .extracting(m -> m.value().intValueExact())
                .containsExactly(50);
        List<HistoryEntry> history = missions.history(mission);
        assertThat(history).extracting(HistoryEntry::kind).contains(HistoryEntry.Kind.DELETED);
        assertThat(history)
                .anySatisfy(h -> assertThat(h.changes()).contains(new HistoryEntry.FieldChange("Value", "10", "12")));
        assertThat(history).anySatisfy(h -> assertThat(h.record()).isEqualTo("Measure “Trees planted”"));
    }

    @Test
    void a_stale_edit_of_a_mission_is_refused_and_nothing_of_it_is_written() {
        long id = missions.create(form("Water testing " + tag, museum));
        MissionForm first = missions.formFor(id);
        MissionForm second = missions.formFor(id);
        first.setSignatoryPartnerIds(Set.of(museum, neighbors));
        missions.update(id, first);

        second.setStatement("Something else entirely " + tag);
        assertThatThrownBy(() -> missions.update(id, second)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> missions.adopt(id, today, second.getVersion()))
                .isInstanceOf(StaleRecordException.class);
        assertThat(missions.get(id).statement()).isEqualTo("Water testing " + tag);
        assertThat(missions.get(id).status()).isEqualTo(MissionStatus.DRAFT);
        assertThat(missions.history(id).getFirst().changes())
                .extracting(HistoryEntry.FieldChange::field)
                .containsExactly("Signatories");
    }

    @Test
    void the_list_filters_by_status_issue_partner_and_words_of_the_statement() {
        long adopted = missions.create(form("Sensors on East Main " + tag, museum, health));
        missions.adopt(adopted, today, version(adopted));
        long draft = missions.create(form("Cooling centers downtown " + tag, neighbors));

        assertThat(missions.search(new MissionFilter(null, issue, null, null), PageRequest.of(0, 10)))
                .extracting(MissionSummary::id)
                .containsExactlyInAnyOrder(adopted, draft);
        assertThat(missions.search(new MissionFilter(MissionStatus.ADOPTED, issue, null, null), PageRequest.of(0, 10)))
                .extracting(MissionSummary::id)
                .containsExactly(adopted);
        assertThat(missions.search(new MissionFilter(null, null, neighbors, null), PageRequest.of(0, 10)))
                .extracting(MissionSummary::id)
                .containsExactly(draft);
        assertThat(missions.search(new MissionFilter(null, null, null, "COOLING " + tag), PageRequest.of(0, 10)))
                .extracting(MissionSummary::id)
                .containsExactly(draft);
        assertThat(missions.count(new MissionFilter(null, issue, null, "sensors")))
                .isEqualTo(1);
        assertThat(missions.adoptedMissions()).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(adopted);
            assertThat(m.issueId()).isEqualTo(issue);
            assertThat(m.signatoryPartnerIds()).containsExactlyInAnyOrder(museum, health);
        });
        assertThat(missions.adoptedMissions()).noneMatch(m -> m.id() == draft);
        assertThat(missions.taggable()).extracting(MissionOption::id).contains(adopted, draft);
    }

    private long version(long id) {
        return missions.get(id).version();
    }

    private MissionForm form(String statement, Long... signatories) {
        MissionForm form = new MissionForm();
        form.setStatement(statement);
        form.setIssueId(issue);
        form.setSignatoryPartnerIds(Set.of(signatories));
        form.setOwnerId(me);
        return form;
    }

    private static PartnerForm partner(String name, PartnerKind kind, GovernmentKind governmentKind) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(kind);
        form.setGovernmentKind(governmentKind);
        return form;
    }
}
