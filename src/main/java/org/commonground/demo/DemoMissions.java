package org.commonground.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.InteractionSummary;
import org.commonground.mission.Direction;
import org.commonground.mission.MeasureForm;
import org.commonground.mission.MeasurementForm;
import org.commonground.mission.MissionForm;
import org.commonground.mission.MissionService;
import org.springframework.data.domain.PageRequest;

/**
 * The demo library's shared missions: one adopted ten months ago on air quality, signed by a science
 * partner, a city agency and a community organization, with two measures and a year of readings;
 * and one draft on flooding still being discussed with its partners.
 */
final class DemoMissions {

    static final String AIR_MISSION = "Cleaner air for east-side families: the library, the Regional Air Quality "
            + "Monitoring Consortium, the Public Health Department and Eastside Neighbors United will put "
            + "low-cost air sensors on east-side blocks, publish what they measure in plain language and in "
            + "Spanish, and make sure households near the Route 9 corridor get air quality alerts they can act on.";

    static final String FLOOD_MISSION = "Every household in the Lowlands and Millbrook knows its flood risk and "
            + "what to do before, during and after a flood: the library, the Maple River Watershed District, "
            + "the Millbrook Community Land Trust and the Office of Emergency Management will map risk block by "
            + "block with residents and run preparedness workshops at the Lowlands branch.";

    private DemoMissions() {}

    /** Creates both missions; partners by name, staff by demo user name. Returns the adopted mission's id. */
    static long create(
            MissionService missions,
            InteractionService interactions,
            Map<String, Long> partnerIds,
            Map<String, Long> staff,
            List<CommunityIssueSummary> issues,
            Clock clock) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate adopted = today.minusMonths(10).withDayOfMonth(1);

        MissionForm air = new MissionForm();
        air.setStatement(AIR_MISSION);
        air.setIssueId(issue(issues, "Air quality"));
        air.setSignatoryPartnerIds(Set.of(
                partnerIds.get("Regional Air Quality Monitoring Consortium"),
                partnerIds.get("Maple Falls Public Health Department"),
                partnerIds.get("Eastside Neighbors United")));
        air.setOwnerId(staff.get("director"));
        long airId = missions.create(air);
        missions.adopt(airId, adopted, missions.get(airId).version());

        long sensors = missions.addMeasure(
                airId,
                MeasureForm.of(
                        "Air sensors reporting on east-side blocks",
                        "sensors",
                        Direction.HIGHER,
                        BigDecimal.valueOf(40),
                        adopted.plusMonths(18)));
        int[] sensorCounts = {4, 9, 13, 18, 22, 24, 27, 31, 33};
        for (int i = 0; i < sensorCounts.length; i++) {
            LocalDate day = adopted.plusMonths(i + 1).withDayOfMonth(5);
            if (!day.isAfter(today)) {
                missions.addMeasurement(
                        sensors,
                        MeasurementForm.of(
                                day,
                                BigDecimal.valueOf(sensorCounts[i]),
                                i == 3 ? "Eight sensors installed at the Eastside branch sensor-loan kickoff" : null));
            }
        }
        long alerts = missions.addMeasure(
                airId,
                MeasureForm.of(
                        "Corridor households signed up for air alerts",
                        "%",
                        Direction.HIGHER,
                        BigDecimal.valueOf(35),
                        adopted.plusMonths(12)));
        String[] shares = {"6", "8.5", "11", "12", "13.5"};
        for (int i = 0; i < shares.length; i++) {
            LocalDate day = adopted.plusMonths(2L * i + 1).withDayOfMonth(15);
            if (!day.isAfter(today)) {
                missions.addMeasurement(
                        alerts,
                        MeasurementForm.of(
                                day,
                                new BigDecimal(shares[i]),
                                i == 0 ? "Baseline from the health department's sign-up list" : null));
            }
        }
        tagRecentInteractions(
                interactions, airId, partnerIds.get("Regional Air Quality Monitoring Consortium"), adopted, zone);
        tagRecentInteractions(interactions, airId, partnerIds.get("Eastside Neighbors United"), adopted, zone);

        MissionForm flood = new MissionForm();
        flood.setStatement(FLOOD_MISSION);
        flood.setIssueId(issue(issues, "Flooding and stormwater"));
        flood.setSignatoryPartnerIds(Set.of(
                partnerIds.get(DemoLibrary.PARTNER_USER_ORGANIZATION),
                partnerIds.get("Millbrook Community Land Trust"),
                partnerIds.get("Office of Emergency Management")));
        flood.setOwnerId(staff.get("staff"));
        long floodId = missions.create(flood);
        missions.addMeasure(
                floodId,
                MeasureForm.of(
                        "Lowlands and Millbrook households with a flood plan",
                        "households",
                        Direction.HIGHER,
                        BigDecimal.valueOf(600),
                        today.plusMonths(14)));
        return airId;
    }

    /** Tags up to two of the partner's interactions since the adoption with the mission. */
    private static void tagRecentInteractions(
            InteractionService interactions, long missionId, long partnerId, LocalDate since, ZoneId zone) {
        List<InteractionSummary> recent = interactions.timeline(partnerId, null, null, PageRequest.of(0, 10)).stream()
                .filter(i -> !i.at().withZoneSameInstant(zone).toLocalDate().isBefore(since))
                .limit(2)
                .toList();
        for (InteractionSummary summary : recent) {
            InteractionForm form = interactions.formFor(summary.id());
            form.getMissionIds().add(missionId);
            interactions.update(summary.id(), form);
        }
    }

    private static long issue(List<CommunityIssueSummary> issues, String name) {
        return issues.stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
