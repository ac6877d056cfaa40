package org.commonground.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentKind;
import org.commonground.communityissue.IssuePriority;
import org.commonground.interaction.InteractionKind;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/** The progress report over a hand-written period, read back out of the PDF the board gets. */
@DataTest
@TestPropertySource(properties = "commonground.test.context=rubric-scenarios")
@WithMockUser(
        username = "tester",
        roles = {"STAFF", "DIRECTOR", "ADMIN"})
class ProgressReportDataTest {

    @Autowired
    RubricScenario scenario;

    @Autowired
    RubricService rubric;

    @Autowired
    ProgressReportPdf pdf;

    @Test
    void the_pdf_carries_scores_highlights_next_steps_and_the_trend() throws Exception {
        scenario.reset();
        long city = scenario.partner("Office of the Mayor", PartnerKind.GOVERNMENT, GovernmentKind.EXECUTIVE);
        long agency = scenario.partner("Public Health Department", PartnerKind.GOVERNMENT, GovernmentKind.AGENCY);
        long air = scenario.issue("Air quality", IssuePriority.HIGH);
        scenario.interaction(InteractionKind.REVIEW, 30, city).log();
        scenario.interaction(InteractionKind.MEETING, 40, city).about(air).log();
        scenario.interaction(InteractionKind.MEETING, 50, agency).about(air).log();
        scenario.commitment(
                agency, CommitmentDirection.LIBRARY_TO_PARTNER, CommitmentKind.STAFF_TIME, scenario.daysAgo(45), air);

        ProgressReport report = rubric.report(scenario.daysAgo(180), scenario.today());
        // Six months back nothing counted; now Aware is complete and one Intentional indicator of three: 5.0.
        ProgressReport.StrandLine gov = report.strands().getFirst();
        assertThat(gov.atStart().score()).isEqualTo(1.0);
        assertThat(gov.atEnd().score()).isEqualTo(5.0);
        assertThat(report.trend().getFirst().points()).hasSize(7);

        byte[] bytes = pdf.render(report);
        PdfReader reader = new PdfReader(bytes);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(all)
                .contains("STEM-equity progress report")
                .contains("Scores and stages")
                .contains(
                        "Community Engagement and Building Relationships: Local government 1.0 Aware 5.0 Intentional +4.0")
                .contains("Local government reached the Intentional stage.")
                .contains("Review of the library–government relationship” is now complete.")
                .contains("3 interactions with partners logged.")
                .contains("1 commitment began.")
                .contains("Next steps")
                .contains("Trend, month by month");
        assertThat(reader.getInfo().get("Title")).isEqualTo("STEM-equity progress report, Maple Falls Public Library");
    }
}
