package org.commonground.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.interaction.Initiator;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.Theme;
import org.commonground.rubric.AttestationForm;
import org.commonground.rubric.AttestationService;

/**
 * The demo library's work that the Community Member Experience strands read — a community data review, a
 * policy review for racial bias — and two attestations by the director, so the rubric shows every kind of
 * evidence on first start.
 */
final class DemoRubric {

    private DemoRubric() {}

    static void load(
            InteractionService interactions,
            AttestationService attestations,
            Map<String, Long> partnerIds,
            Map<String, Long> staff,
            List<CommunityIssueSummary> issues,
            Clock clock) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        // The library's yearly review of its relationship with the city, and its meetings with the executive branch
        // and an agency on air quality: the local-government strand's Aware stage, on whatever day the demo starts.
        log(
                interactions,
                InteractionKind.REVIEW,
                today.minusDays(20),
                partnerIds.get("Office of the Mayor of Maple Falls"),
                staff.get("director"),
                Set.of(),
                "Yearly review with the Mayor's chief of staff of what the library "
                        + "and the city did together, and where the city's strategic plan needs the library.",
                issues,
                zone);
        log(
                interactions,
                InteractionKind.MEETING,
                today.minusDays(30),
                partnerIds.get("Office of the Mayor of Maple Falls"),
                staff.get("director"),
                Set.of(),
                "Air-quality sensors at the branches: the Mayor's office wants the data " + "on the city's dashboard.",
                issues,
                zone);
        log(
                interactions,
                InteractionKind.MEETING,
                today.minusDays(45),
                partnerIds.get("Maple Falls Public Health Department"),
                staff.get("staff"),
                Set.of(),
                "Asthma and air quality on the Eastside: which families the sensor loans should reach first.",
                issues,
                zone);
        log(
                interactions,
                InteractionKind.COMMUNITY_DATA_REVIEW,
                today.minusDays(75),
                partnerIds.get("Maple Falls Public Schools"),
                staff.get("staff"),
                Set.of(),
                "Reviewed circulation by census tract with the schools' data office: the Eastside and Riverbend "
                        + "branches serve half as many card holders per resident as the rest of the city.",
                issues,
                zone);
        log(
                interactions,
                InteractionKind.POLICY_REVIEW,
                today.minusDays(40),
                partnerIds.get("Racial Equity Learning Circle"),
                staff.get("director"),
                Set.of(Theme.RACIAL_EQUITY),
                "Went through the fines, ID and meeting-room policies with the Circle, looking for who they keep out.",
                issues,
                zone);
        SystemTask.runAs("director", () -> {
            attest(
                    attestations,
                    "cme.plans.aware.define",
                    today.minusDays(60),
                    "Our program planning guide defines outreach, engagement and relationship building, and says "
                            + "which programs are at which step.",
                    "Program planning guide, section 2, adopted by the management team.");
            attest(
                    attestations,
                    "ce.gov.purposeful.seat",
                    today.minusDays(150),
                    "The director sits on the Mayor's Climate Resilience Cabinet, which sets the city's priorities.",
                    "Appointment letter from the Mayor's office; the cabinet meets every other month.");
            return null;
        });
    }

    private static void log(
            InteractionService interactions,
            InteractionKind kind,
            LocalDate day,
            Long partnerId,
            Long staffId,
            Set<Theme> themes,
            String notes,
            List<CommunityIssueSummary> issues,
            ZoneId zone) {
        if (partnerId == null) {
            return;
        }
        InteractionForm form = new InteractionForm();
        form.setKind(kind);
        form.setDate(day);
        form.setTime(LocalTime.of(14, 0));
        form.setTimeZone(zone);
        form.setInitiatedBy(Initiator.LIBRARY);
        form.setPartnerIds(Set.of(partnerId));
        form.setStaffIds(Set.of(staffId));
        form.setThemes(themes);
        form.setIssueIds(Set.of(issues.stream()
                .filter(i -> i.name().equals("Air quality"))
                .findFirst()
                .orElse(issues.getFirst())
                .id()));
        form.setNotes(notes);
        interactions.log(form);
    }

    private static void attest(
            AttestationService attestations, String indicator, LocalDate day, String statement, String evidence) {
        AttestationForm form = attestations.newForm(indicator);
        form.setStatement(statement);
        form.setEvidenceText(evidence);
        form.setAttestedOn(day);
        form.setExpiresOn(day.plusYears(1));
        attestations.attest(form, null);
    }
}
