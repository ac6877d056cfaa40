package org.commonground.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.Theme;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each import planner on hand-written files, without a database: what each row becomes (new, update, already
 * present, rejected), the values a person sees in the preview, and every problem named by line and column.
 */
class ImportPlannerTest {

    static final ZoneId LIBRARY = ZoneId.of("America/Chicago");

    final FakeTargets targets = new FakeTargets();
    final ImportPlanner planner = new ImportPlanner(targets, LIBRARY);

    Plan plan(ImportKind kind, String csv, ImportOptions options) {
        CsvFile file = CsvReading.read("test.csv", csv.getBytes(StandardCharsets.UTF_8), null, 1_000_000);
        return planner.plan(kind, file, ColumnMapping.guess(kind, file.headers(), Map.of()), options);
    }

    @Nested
    class Partners {

        @Test
        void a_partner_is_matched_by_external_id_else_by_name_and_kind() {
            targets.partner(1, "River Lab", PartnerKind.SCIENCE_LEADER, null);
            targets.partner(2, "Eastside United", PartnerKind.DEI_ORGANIZATION, "E-2");
            Plan plan = plan(ImportKind.PARTNERS, """
                    External id,Name,Kind
                    ,river lab,Science leader
                    E-2,Eastside United (renamed),DEI organization
                    ,River Lab,DEI organization
                    """, ImportOptions.defaults());
            assertThat(plan.rows())
                    .extracting(Plan.Planned::line, Plan.Planned::action, Plan.Planned::targetId)
                    .containsExactly(
                            tuple(2, RowAction.ALREADY_PRESENT, 1L),
                            tuple(3, RowAction.ALREADY_PRESENT, 2L),
                            tuple(4, RowAction.NEW, null));
            assertThat(plan.problems()).isEmpty();
        }

        @Test
        void an_update_changes_only_what_the_file_has_columns_for() {
            targets.partner(7, "River Lab", PartnerKind.SCIENCE_LEADER, "R-7");
            Plan plan = plan(ImportKind.PARTNERS, """
                    External id,Name,Kind,Status
                    R-7,River Lab,science,Paused
                    """, new ImportOptions(null, true, false));
            Plan.Planned row = plan.rows().getFirst();
            assertThat(row.action()).isEqualTo(RowAction.UPDATE);
            PartnerForm form = (PartnerForm) row.form();
            assertThat(form.getWebsite()).as("no website column: kept").isEqualTo("https://kept.example.org");
            assertThat(form.getKind()).as("alias 'science'").isEqualTo(PartnerKind.SCIENCE_LEADER);
            assertThat(row.shown())
                    .containsExactly(
                            "R-7", "River Lab", "Science leader", "", "Paused", "", "", "https://kept.example.org");
        }

        @Test
        void each_problem_names_its_line_and_column_and_the_row_is_rejected() {
            Plan plan = plan(ImportKind.PARTNERS, """
                    Name,Kind,Government body
                    Hill Museum,Museum,
                    Bay University,Science leader,Agency
                    Twice,Science leader,
                    twice,Science leader,
                    ,Science leader,
                    """, ImportOptions.defaults());
            assertThat(plan.problems())
                    .extracting(RowProblem::line, RowProblem::column)
                    .containsExactly(tuple(2, "Kind"), tuple(3, "Government body"), tuple(5, "Name"), tuple(6, "Name"));
            assertThat(plan.problems().getFirst().message())
                    .isEqualTo("“Museum” is not a partner kind. Use Local government, DEI organization, Science "
                            + "leader or Other.");
            assertThat(plan.problems().get(2).message())
                    .isEqualTo("The same partner as line 4; a file names each partner once.");
            assertThat(plan.problems().get(3).message())
                    .as("the feature's own rule")
                    .isEqualTo("Give the partner's name.");
            assertThat(plan.count(RowAction.REJECTED)).isEqualTo(4);
            assertThat(plan.count(RowAction.NEW)).isOne();
        }

        @Test
        void a_row_with_more_values_than_the_header_is_rejected_whole() {
            Plan plan = plan(ImportKind.PARTNERS, """
                    Name,Kind
                    Hill Museum,Science leader
                    Smith, Jones and Co,Other
                    Lake Lab,Science leader
                    """, ImportOptions.defaults());
            assertThat(plan.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.column()).isEqualTo(ImportRow.WHOLE_ROW);
                assertThat(p.message())
                        .contains("3 values but the header has 2 columns")
                        .contains("comma");
            });
        }

        @Test
        void a_required_column_that_is_not_mapped_stops_the_plan_before_any_row() {
            Plan plan = plan(ImportKind.PARTNERS, """
                    Organization,Website
                    Hill Museum,https://hill.example.org
                    """, ImportOptions.defaults());
            assertThat(plan.mappingProblems()).containsExactly("Choose the column that holds “Kind”.");
            assertThat(plan.rows()).isEmpty();
        }
    }

    @Nested
    class Contacts {

        @Test
        void a_contact_is_matched_by_partner_and_name_and_an_update_keeps_what_the_file_leaves_out() {
            targets.partner(1, "River Lab", PartnerKind.SCIENCE_LEADER, "R-1");
            targets.contact(11, 1, "Dr. Helen Cho", "hcho@river.example.org");
            Plan plan = plan(ImportKind.CONTACTS, """
                    Partner name,Full name,Phone
                    River Lab,dr. helen cho,(555) 010-1300
                    River Lab,Sam Lee,
                    """, new ImportOptions(null, true, false));
            assertThat(plan.rows())
                    .extracting(Plan.Planned::action, Plan.Planned::targetId, Plan.Planned::partnerId)
                    .containsExactly(tuple(RowAction.UPDATE, 11L, 1L), tuple(RowAction.NEW, null, 1L));
            ContactForm update = (ContactForm) plan.rows().getFirst().form();
            assertThat(update.getEmail()).isEqualTo("hcho@river.example.org");
            assertThat(update.getPhone()).isEqualTo("(555) 010-1300");
            assertThat(update.getVersion()).isEqualTo(3);
        }

        @Test
        void a_partner_that_is_missing_or_ambiguous_is_named() {
            targets.partner(1, "Library Friends", PartnerKind.OTHER, null);
            targets.partner(2, "Library Friends", PartnerKind.DEI_ORGANIZATION, "LF-2");
            Plan plan = plan(ImportKind.CONTACTS, """
                    Partner name,Partner external id,Full name,E-mail
                    Library Friends,,Ann Bell,ann@example.org
                    ,LF-9,Bo Ray,bo@example.org
                    Nowhere Inc,,Cy Dee,cy@example.org
                    ,LF-2,Di Fox,not-an-address
                    """, ImportOptions.defaults());
            assertThat(plan.problems())
                    .extracting(RowProblem::line, RowProblem::column, RowProblem::message)
                    .containsExactly(
                            tuple(
                                    2,
                                    "Partner name",
                                    "2 partners are named “Library Friends”; use their external id to say which one."),
                            tuple(3, "Partner external id", "No partner has the external id “LF-9”."),
                            tuple(
                                    4,
                                    "Partner name",
                                    "No partner is named “Nowhere Inc”. Import or add the partner "
                                            + "first, or correct the name."),
                            tuple(5, "E-mail", "This is not an e-mail address."));
        }
    }

    @Nested
    class Interactions {

        @Test
        void a_row_becomes_an_interaction_in_the_library_zone_with_everyday_words() {
            targets.partner(1, "Mayor's Office", PartnerKind.GOVERNMENT, "M-1");
            targets.partner(2, "River Lab", PartnerKind.SCIENCE_LEADER, null);
            Plan plan = plan(ImportKind.INTERACTIONS, """
                    Date,Time,Kind,Initiated by,Partners,Partner external ids,Themes,Notes
                    2026-03-10,2:30 pm,Call,them,River Lab,M-1,Racial equity; Strategic planning,Budget talk
                    """, ImportOptions.defaults());
            assertThat(plan.problems()).isEmpty();
            InteractionForm form = (InteractionForm) plan.rows().getFirst().form();
            assertThat(form.getDate()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(form.getTime()).isEqualTo(LocalTime.of(14, 30));
            assertThat(form.getTimeZone()).isEqualTo(LIBRARY);
            assertThat(form.getKind()).isEqualTo(InteractionKind.CALL);
            assertThat(form.getPartnerIds()).containsExactly(1L, 2L);
            assertThat(form.getThemes()).containsExactlyInAnyOrder(Theme.RACIAL_EQUITY, Theme.STRATEGIC_PLANNING);
            assertThat(plan.rows().getFirst().shown().get(5)).isEqualTo("Mayor's Office; River Lab");
        }

        @Test
        void a_date_that_could_be_either_day_or_month_first_is_asked_never_guessed() {
            targets.partner(1, "River Lab", PartnerKind.SCIENCE_LEADER, null);
            String csv = """
                    Date,Partners
                    03/04/2026,River Lab
                    """;
            Plan asked = plan(ImportKind.INTERACTIONS, csv, ImportOptions.defaults());
            assertThat(asked.dateOrderNeeded()).isTrue();
            Plan answered =
                    plan(ImportKind.INTERACTIONS, csv, new ImportOptions(DateOrder.DAY_MONTH_YEAR, false, false));
            assertThat(answered.dateOrderNeeded()).isFalse();
            assertThat(((InteractionForm) answered.rows().getFirst().form()).getDate())
                    .isEqualTo(LocalDate.of(2026, 4, 3));
        }

        @Test
        void bad_values_and_the_features_refusals_are_named_by_the_files_columns() {
            Plan plan = plan(ImportKind.INTERACTIONS, """
                    Date,Time,Time zone,Partner external ids,Themes
                    2026-03-10,25:00,Mars/Olympus,,Gardening
                    """, ImportOptions.defaults());
            assertThat(plan.problems())
                    .extracting(RowProblem::column, RowProblem::message)
                    .containsExactly(
                            tuple("Time", "“25:00” is not a time; write it like 14:30 or 2:30 PM."),
                            tuple("Time zone", "“Mars/Olympus” is not a time zone; write it like America/Chicago."),
                            tuple(
                                    "Themes",
                                    "“Gardening” is not a theme. Use " + Choices.list(Theme.values(), Theme::label)
                                            + "."),
                            tuple("Partner external ids", "Name at least one partner."));
            assertThat(plan.rows().getFirst().action()).isEqualTo(RowAction.REJECTED);
        }
    }

    @Test
    void times_are_read_as_people_write_them() {
        assertThat(ImportValues.time("14:30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(ImportValues.time("9.05")).isEqualTo(LocalTime.of(9, 5));
        assertThat(ImportValues.time("12 am")).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(ImportValues.time("12:15 P.M.")).isEqualTo(LocalTime.of(12, 15));
        assertThat(ImportValues.time("13 pm")).isNull();
        assertThat(ImportValues.time("14"))
                .as("an hour alone could be anything")
                .isNull();
        assertThat(ImportValues.time("10:61")).isNull();
    }
}
