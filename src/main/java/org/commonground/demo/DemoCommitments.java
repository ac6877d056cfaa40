package org.commonground.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentKind;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentUnit;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.mission.MissionOption;
import org.commonground.mission.MissionStatus;

/**
 * The demo library's commitments: both directions, every kind, each lifecycle state, some due soon
 * or overdue, so the lists, the balance and the director's home page have something to show.
 */
final class DemoCommitments {

    private record Demo(
            String partner,
            CommitmentDirection direction,
            CommitmentKind kind,
            String description,
            String amount,
            CommitmentUnit unit,
            int startMonthsAgo,
            Integer endInDays,
            String issue,
            CommitmentStatus status,
            String note) {}

    private static final CommitmentDirection GIVES = CommitmentDirection.LIBRARY_TO_PARTNER;
    private static final CommitmentDirection RECEIVES = CommitmentDirection.PARTNER_TO_LIBRARY;

    private static final List<Demo> COMMITMENTS = List.of(
            new Demo(
                    "Office of Sustainability and Resilience",
                    RECEIVES,
                    CommitmentKind.FUNDING,
                    "Grant for the air-quality sensor lending program",
                    "48000",
                    CommitmentUnit.DOLLARS,
                    10,
                    200,
                    "Air quality",
                    CommitmentStatus.ACTIVE,
                    "First 20 sensors are out on loan."),
            new Demo(
                    "Office of Sustainability and Resilience",
                    GIVES,
                    CommitmentKind.STAFF_TIME,
                    "Librarian time to run sensor lending and data workshops",
                    "16",
                    CommitmentUnit.HOURS_PER_MONTH,
                    10,
                    200,
                    "Air quality",
                    CommitmentStatus.ACTIVE,
                    null),
            new Demo(
                    "Maple Falls Public Health Department",
                    RECEIVES,
                    CommitmentKind.DATA_SHARING,
                    "Monthly heat-illness data for the cooling-center map",
                    "12",
                    CommitmentUnit.DATASETS,
                    8,
                    20,
                    "Extreme heat",
                    CommitmentStatus.ACTIVE,
                    "Data for June and July received."),
            new Demo(
                    "Maple Falls Public Health Department",
                    GIVES,
                    CommitmentKind.SPACE,
                    "Branch community rooms as cooling centers",
                    "2400",
                    CommitmentUnit.SQUARE_FEET,
                    8,
                    -6,
                    "Extreme heat",
                    CommitmentStatus.ACTIVE,
                    null),
            new Demo(
                    "Office of the Mayor of Maple Falls",
                    RECEIVES,
                    CommitmentKind.FUNDING,
                    "City funding for the STEM equity coordinator position",
                    "65000",
                    CommitmentUnit.DOLLARS,
                    14,
                    150,
                    "Community science data literacy",
                    CommitmentStatus.ACTIVE,
                    null),
            new Demo(
                    "Eastside Neighbors United",
                    GIVES,
                    CommitmentKind.PROGRAMMING,
                    "Bilingual flood-preparedness workshops",
                    "8",
                    CommitmentUnit.SESSIONS,
                    6,
                    12,
                    "Flooding and stormwater",
                    CommitmentStatus.ACTIVE,
                    "Four of eight sessions held."),
            new Demo(
                    "Eastside Neighbors United",
                    RECEIVES,
                    CommitmentKind.STAFF_TIME,
                    "Organizers to recruit residents for the workshops",
                    "10",
                    CommitmentUnit.HOURS_PER_MONTH,
                    6,
                    12,
                    "Flooding and stormwater",
                    CommitmentStatus.ACTIVE,
                    null),
            new Demo(
                    "Latino Community Alliance of Maple Falls",
                    GIVES,
                    CommitmentKind.FUNDING,
                    "Stipends for community science ambassadors",
                    "6000",
                    CommitmentUnit.DOLLARS,
                    13,
                    null,
                    "Community science data literacy",
                    CommitmentStatus.FULFILLED,
                    null),
            new Demo(
                    "Racial Equity Learning Circle",
                    RECEIVES,
                    CommitmentKind.PROGRAMMING,
                    "Racial equity training for library staff",
                    "4",
                    CommitmentUnit.SESSIONS,
                    3,
                    60,
                    null,
                    CommitmentStatus.PROPOSED,
                    null),
            new Demo(
                    "Discovery Science Museum",
                    GIVES,
                    CommitmentKind.SPACE,
                    "Gallery space at the main library for a traveling exhibit",
                    "1200",
                    CommitmentUnit.SQUARE_FEET,
                    5,
                    25,
                    "Extreme heat",
                    CommitmentStatus.ACTIVE,
                    null),
            new Demo(
                    "Discovery Science Museum",
                    RECEIVES,
                    CommitmentKind.PROGRAMMING,
                    "Family science nights at three branches",
                    "9",
                    CommitmentUnit.SESSIONS,
                    5,
                    90,
                    "Extreme heat",
                    CommitmentStatus.ACTIVE,
                    null),
            new Demo(
                    "Maple Falls State University Environmental Health Lab",
                    RECEIVES,
                    CommitmentKind.STAFF_TIME,
                    "Researchers to interpret sensor data with residents",
                    "6",
                    CommitmentUnit.HOURS_PER_MONTH,
                    9,
                    null,
                    "Air quality",
                    CommitmentStatus.ACTIVE,
                    null),
            new Demo(
                    "Maple Falls Water Utility",
                    RECEIVES,
                    CommitmentKind.OTHER,
                    "Lead test kits for patrons",
                    "300",
                    CommitmentUnit.ITEMS,
                    15,
                    -40,
                    "Lead in older housing",
                    CommitmentStatus.LAPSED,
                    null),
            new Demo(
                    "Maple Falls Chamber of Commerce",
                    RECEIVES,
                    CommitmentKind.FUNDING,
                    "Sponsorship of the summer reading science track",
                    "2500",
                    CommitmentUnit.DOLLARS,
                    2,
                    null,
                    null,
                    CommitmentStatus.WITHDRAWN,
                    null));

    private DemoCommitments() {}

    static void record(
            CommitmentService commitments,
            Map<String, Long> partnerIds,
            List<CommunityIssueSummary> issues,
            Clock clock) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        // The adopted demo mission is about air quality: its commitments serve it.
        Long airQualityMission = commitments.missionChoices().stream()
                .filter(m -> m.status() == MissionStatus.ADOPTED)
                .map(MissionOption::id)
                .findFirst()
                .orElse(null);
        for (Demo demo : COMMITMENTS) {
            CommitmentForm form = CommitmentForm.startingOn(today.minusMonths(demo.startMonthsAgo()));
            form.setPartnerId(partnerIds.get(demo.partner()));
            form.setDirection(demo.direction());
            form.setKind(demo.kind());
            form.setDescription(demo.description());
            form.setAmount(new BigDecimal(demo.amount()));
            form.setUnit(demo.unit());
            form.setEndDate(demo.endInDays() == null ? null : today.plusDays(demo.endInDays()));
            form.setCommunityIssueId(issues.stream()
                    .filter(i -> i.name().equals(demo.issue()))
                    .map(CommunityIssueSummary::id)
                    .findFirst()
                    .orElse(null));
            if ("Air quality".equals(demo.issue())) {
                form.setMissionId(airQualityMission);
            }
            boolean proposalOnly =
                    demo.status() == CommitmentStatus.PROPOSED || demo.status() == CommitmentStatus.WITHDRAWN;
            form.setInitialStatus(proposalOnly ? CommitmentStatus.PROPOSED : CommitmentStatus.ACTIVE);
            long id = commitments.create(form);
            if (demo.status() != form.getInitialStatus()) {
                commitments.changeStatus(id, demo.status(), commitments.get(id).version());
            }
            if (demo.note() != null) {
                commitments.addNote(id, demo.note());
            }
        }
    }
}
