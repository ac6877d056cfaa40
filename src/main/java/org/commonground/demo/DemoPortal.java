package org.commonground.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentKind;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentUnit;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.interaction.Initiator;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.mission.Direction;
import org.commonground.mission.MeasureForm;
import org.commonground.mission.MeasurementForm;
import org.commonground.mission.MissionForm;
import org.commonground.mission.MissionService;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerService;

/**
 * What the demo partner user (Maple River Watershed District) finds in the portal: commitments both ways
 * (one the library made still waiting for acknowledgement, one of theirs to keep up to date), an adopted
 * shared mission with a charted measure, and meetings staff chose to share (and one they did not).
 */
final class DemoPortal {

    static final String RIVER_MISSION = "River-safe summers: the library and the Maple River Watershed District "
            + "post weekly E. coli readings for the three river beaches at every branch and online, in plain language "
            + "and in Spanish, and teach families to read them.";

    private DemoPortal() {}

    static void load(
            CommitmentService commitments,
            MissionService missions,
            InteractionService interactions,
            PartnerService partners,
            Map<String, Long> partnerIds,
            Map<String, Long> staff,
            List<CommunityIssueSummary> issues,
            Clock clock) {
        ZoneId zone = clock.getZone();
        long watershed = partnerIds.get(DemoLibrary.PARTNER_USER_ORGANIZATION);
        LocalDate today = LocalDate.now(clock);
        Long water = issue(issues, "Drinking water safety");
        Long flooding = issue(issues, "Flooding and stormwater");

        MissionForm river = new MissionForm();
        river.setStatement(RIVER_MISSION);
        river.setIssueId(water);
        river.setSignatoryPartnerIds(Set.of(watershed));
        river.setOwnerId(staff.get("staff"));
        long riverId = missions.create(river);
        LocalDate adopted = today.minusMonths(7).withDayOfMonth(1);
        missions.adopt(riverId, adopted, missions.get(riverId).version());
        long readings = missions.addMeasure(
                riverId,
                MeasureForm.of(
                        "Branches posting the weekly beach readings",
                        "branches",
                        Direction.HIGHER,
                        BigDecimal.valueOf(9),
                        adopted.plusMonths(12)));
        int[] branches = {2, 3, 5, 6, 6, 7};
        for (int i = 0; i < branches.length; i++) {
            LocalDate day = adopted.plusMonths(i + 1).withDayOfMonth(3);
            if (!day.isAfter(today)) {
                missions.addMeasurement(
                        readings,
                        MeasurementForm.of(
                                day,
                                BigDecimal.valueOf(branches[i]),
                                i == 2 ? "Lowlands, Millbrook and Eastside joined" : null));
            }
        }

        commitment(
                commitments,
                watershed,
                CommitmentDirection.LIBRARY_TO_PARTNER,
                CommitmentKind.SPACE,
                "Lowlands branch meeting room for volunteer stream-monitor trainings",
                "400",
                CommitmentUnit.SQUARE_FEET,
                today.minusMonths(1),
                today.plusMonths(5),
                flooding,
                CommitmentStatus.PROPOSED,
                null);
        commitment(
                commitments,
                watershed,
                CommitmentDirection.LIBRARY_TO_PARTNER,
                CommitmentKind.PROGRAMMING,
                "Family workshops on reading the beach water-quality signs",
                "6",
                CommitmentUnit.SESSIONS,
                adopted,
                today.plusMonths(4),
                water,
                CommitmentStatus.ACTIVE,
                riverId);
        long data = commitment(
                commitments,
                watershed,
                CommitmentDirection.PARTNER_TO_LIBRARY,
                CommitmentKind.DATA_SHARING,
                "Weekly E. coli readings for the three river beaches",
                "26",
                CommitmentUnit.DATASETS,
                adopted,
                today.plusMonths(5),
                water,
                CommitmentStatus.ACTIVE,
                riverId);
        commitments.addNote(data, "Readings delivered every Monday so far; the branches post them the same day.");
        commitment(
                commitments,
                watershed,
                CommitmentDirection.PARTNER_TO_LIBRARY,
                CommitmentKind.STAFF_TIME,
                "Watershed scientist talks at branch flood-preparedness nights",
                "4",
                CommitmentUnit.HOURS_PER_MONTH,
                today,
                today.plusMonths(6),
                flooding,
                CommitmentStatus.PROPOSED,
                null);

        List<ContactDetails> people = partners.contactsOf(watershed);
        meeting(
                interactions,
                zone,
                watershed,
                people,
                staff.get("staff"),
                today.minusDays(12),
                flooding,
                true,
                "Walked through the Lowlands flood map with Owen and Tanya. The watershed district will send the "
                        + "new stream-gauge locations; the library will put them on the branch map.");
        meeting(
                interactions,
                zone,
                watershed,
                people,
                staff.get("director"),
                today.minusDays(40),
                water,
                true,
                "Agreed the beach-reading posters: large type, English and Spanish, updated every Monday.");
        meeting(
                interactions,
                zone,
                watershed,
                people,
                staff.get("staff"),
                today.minusDays(25),
                water,
                false,
                "Internal debrief: check whether the district can co-fund the poster printing next year.");
    }

    private static long commitment(
            CommitmentService commitments,
            long partnerId,
            CommitmentDirection direction,
            CommitmentKind kind,
            String description,
            String amount,
            CommitmentUnit unit,
            LocalDate start,
            LocalDate end,
            Long issueId,
            CommitmentStatus status,
            Long missionId) {
        CommitmentForm form = CommitmentForm.startingOn(start);
        form.setPartnerId(partnerId);
        form.setDirection(direction);
        form.setKind(kind);
        form.setDescription(description);
        form.setAmount(new BigDecimal(amount));
        form.setUnit(unit);
        form.setEndDate(end);
        form.setCommunityIssueId(issueId);
        form.setMissionId(missionId);
        form.setInitialStatus(status);
        return commitments.create(form);
    }

    private static void meeting(
            InteractionService interactions,
            ZoneId zone,
            long partnerId,
            List<ContactDetails> people,
            long staffId,
            LocalDate day,
            Long issueId,
            boolean shared,
            String notes) {
        InteractionForm form = new InteractionForm();
        form.setKind(InteractionKind.MEETING);
        form.setDate(day);
        form.setTime(LocalTime.of(10, 0));
        form.setTimeZone(zone);
        form.setInitiatedBy(Initiator.LIBRARY);
        form.setPartnerIds(Set.of(partnerId));
        form.setContactIds(Set.copyOf(people.stream().map(ContactDetails::id).toList()));
        form.setStaffIds(Set.of(staffId));
        form.setIssueIds(Set.of(issueId));
        form.setNotes(notes);
        form.setSharedWithPartners(shared);
        interactions.log(form);
    }

    private static Long issue(List<CommunityIssueSummary> issues, String name) {
        return issues.stream()
                .filter(i -> i.name().equals(name))
                .map(CommunityIssueSummary::id)
                .findFirst()
                .orElseThrow();
    }
}
