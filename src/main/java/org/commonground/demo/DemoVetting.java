package org.commonground.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.commonground.vetting.CriterionForm;
import org.commonground.vetting.CriterionSummary;
import org.commonground.vetting.Verdict;
import org.commonground.vetting.VettingForm;
import org.commonground.vetting.VettingService;

/**
 * The demo library's vetting: three criteria, four partners vetted (one of them twice, one more than
 * 12 months ago), the rest not vetted yet, so the partner page and the directory's vetting filter
 * have something to show.
 */
final class DemoVetting {

    static final String COMMUNITIES = "Reflects the communities we want to serve";
    static final String BENEFIT = "Mutually beneficial";
    static final String EQUITY = "Shared values on racial equity";

    private DemoVetting() {}

    /** Partners by name, staff by demo user name. */
    static void load(VettingService vettings, Map<String, Long> partnerIds, Map<String, Long> staff, Clock clock) {
        ZoneId zone = clock.getZone();
        vettings.createCriterion(CriterionForm.of(
                COMMUNITIES,
                "Its leaders, staff or members come from, or are "
                        + "trusted by, the communities the library wants to reach."));
        vettings.createCriterion(CriterionForm.of(
                BENEFIT,
                "Both the library and the partner gain from working "
                        + "together; neither side only gives or only takes."));
        vettings.createCriterion(CriterionForm.of(
                EQUITY, "Its practices and public commitments show that it " + "works toward racial equity."));
        LocalDate today = LocalDate.now(clock);

        vet(
                vettings,
                partnerIds.get("Eastside Neighbors United"),
                today.minusMonths(15),
                staff.get("director"),
                zone,
                Verdict.MET,
                null,
                Verdict.NOT_MET,
                "Too early to tell: we have only asked them for help so far.",
                Verdict.MET,
                null);
        vet(
                vettings,
                partnerIds.get("Eastside Neighbors United"),
                today.minusMonths(2),
                staff.get("staff"),
                zone,
                Verdict.MET,
                "Organizers live on the east side; meetings are held in English and Spanish.",
                Verdict.MET,
                "Co-hosted the air-sensor loan program; they recruit, we lend and train.",
                Verdict.MET,
                null);
        vet(
                vettings,
                partnerIds.get("Latino Community Alliance of Maple Falls"),
                today.minusMonths(3),
                staff.get("staff"),
                zone,
                Verdict.MET,
                null,
                Verdict.MET,
                null,
                Verdict.MET,
                null);
        vet(
                vettings,
                partnerIds.get("Black Heritage Education Collective"),
                today.minusMonths(14),
                staff.get("director"),
                zone,
                Verdict.NOT_APPLICABLE,
                "An educators' collective, not a " + "neighborhood group.",
                Verdict.MET,
                null,
                Verdict.MET,
                "Runs the city's equity trainings.");
        vet(
                vettings,
                partnerIds.get("Discovery Science Museum"),
                today.minusMonths(5),
                staff.get("director"),
                zone,
                Verdict.NOT_MET,
                "Visitors are mostly from the west side; free days are not advertised on the east side.",
                Verdict.MET,
                null,
                Verdict.NOT_APPLICABLE,
                null);
    }

    private static void vet(
            VettingService vettings,
            long partnerId,
            LocalDate day,
            long vetterId,
            ZoneId zone,
            Verdict communities,
            String communitiesNote,
            Verdict benefit,
            String benefitNote,
            Verdict equity,
            String equityNote) {
        VettingForm form = vettings.newForm(partnerId);
        for (CriterionSummary criterion : form.getCriteria()) {
            switch (criterion.name()) {
                case COMMUNITIES -> form.answer(criterion.id(), communities, communitiesNote);
                case BENEFIT -> form.answer(criterion.id(), benefit, benefitNote);
                case EQUITY -> form.answer(criterion.id(), equity, equityNote);
                default -> throw new IllegalStateException("Unexpected demo criterion " + criterion.name());
            }
        }
        vettings.recordEarlier(
                form, day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant(), vetterId);
    }
}
