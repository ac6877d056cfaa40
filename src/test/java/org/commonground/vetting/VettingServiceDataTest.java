package org.commonground.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commonground.history.HistoryEntry;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerSummary;
import org.commonground.partner.VettingFilter;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.StaleRecordException;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Vetting partners on a real database, with the server clock stopped at {@link #NOW}.
 * Criteria are shared by every test here, so each test answers whatever criteria are active and looks
 * only at its own.
 */
@DataTest
@WithMockUser(username = "vetting.tester", roles = "ADMIN")
class VettingServiceDataTest {

    /** Noon in Maple Falls (America/Chicago, daylight time). */
    static final Instant NOW = Instant.parse("2026-06-15T17:00:00Z");

    /** Twelve months before NOW on the library's calendar: where "vetted within 12 months" starts. */
    static final Instant TWELVE_MONTHS_AGO = Instant.parse("2025-06-15T17:00:00Z");

    @Autowired
    MutableClock clock;

    @BeforeEach
    void stopTheClock() {
        clock.set(NOW);
    }

    @Autowired
    VettingService vettings;

    @Autowired
    PartnerService partners;

    @Autowired
    UserAccountService accounts;

    String tag;
    long me;
    long partner;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        me = accounts.staffById().values().stream()
                .filter(s -> s.displayName().equals("Vetting Tester"))
                .findFirst()
                .map(s -> s.id())
                .orElseGet(() -> accounts.createAccount(
                                "vetting.tester", "Vetting Tester", Role.ADMIN, "long enough secret", null, false)
                        .id());
        partner = partner("Eastside Organizers " + tag);
        if (!vettings.hasActiveCriteria()) {
            vettings.createCriterion(CriterionForm.of("Baseline criterion", null));
        }
    }

    @Test
    void a_vetting_keeps_every_answer_with_who_vetted_and_the_server_time() {
        long served = vettings.createCriterion(CriterionForm.of("Serves our communities " + tag, "Who they reach"));
        long equity = vettings.createCriterion(CriterionForm.of("Racial equity " + tag, null));
        VettingForm form = allMet(vettings.newForm(partner));
        form.answer(served, Verdict.NOT_MET, "  Mostly west-side members so far.  ");
        form.answer(equity, Verdict.NOT_APPLICABLE, null);

        vettings.record(form);

        VettingDetails latest = vettings.latest(partner).orElseThrow();
        assertThat(latest.vettedAt()).isEqualTo(NOW);
        assertThat(latest.vetter()).isEqualTo("Vetting Tester");
        assertThat(latest.answers())
                .extracting(VettingDetails.Answer::criterion)
                .containsSubsequence("Serves our communities " + tag, "Racial equity " + tag);
        assertThat(answer(latest, "Serves our communities " + tag).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(answer(latest, "Serves our communities " + tag).note())
                .isEqualTo("Mostly west-side members so far.");
        assertThat(answer(latest, "Racial equity " + tag).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        int total = latest.answers().size();
        assertThat(latest.summary()).isEqualTo((total - 2) + " of " + (total - 1) + " criteria met (1 not applicable)");
        assertThat(vettings.vettedPartnerIds(NOW)).contains(partner);
    }

    @Test
    void an_unanswered_criterion_is_named_and_nothing_is_saved() {
        long forgotten = vettings.createCriterion(CriterionForm.of("Mutually beneficial " + tag, null));
        VettingForm form = allMet(vettings.newForm(partner));
        form.setVerdict(forgotten, null);

        assertThatThrownBy(() -> vettings.record(form))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsOnlyKeys(VettingForm.answerField(forgotten))
                                .containsEntry(
                                        VettingForm.answerField(forgotten),
                                        "Answer “Mutually beneficial " + tag + "”: met, not met or not applicable."));
        assertThat(vettings.vettingsOf(partner)).isEmpty();
    }

    @Test
    void not_met_needs_a_note_saying_why() {
        long criterion = vettings.createCriterion(CriterionForm.of("Shared values " + tag, null));
        VettingForm form = allMet(vettings.newForm(partner));
        form.answer(criterion, Verdict.NOT_MET, "   ");

        assertThatThrownBy(() -> vettings.record(form))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsExactly(Map.entry(
                                        VettingForm.noteField(criterion),
                                        "Say why “Shared values " + tag
                                                + "” is not met: a note is required when a criterion is not met.")));
        assertThat(vettings.latest(partner)).isEmpty();

        form.setNote(criterion, "They declined to share their hiring data.");
        vettings.record(form);
        assertThat(answer(vettings.latest(partner).orElseThrow(), "Shared values " + tag)
                        .note())
                .isEqualTo("They declined to share their hiring data.");
    }

    @Test
    void a_new_vetting_supersedes_the_old_and_a_form_opened_before_it_is_refused() {
        VettingForm first = allMet(vettings.newForm(partner));
        VettingForm meanwhile = allMet(vettings.newForm(partner));
        vettings.recordEarlier(first, NOW.minus(Duration.ofDays(400)), me);

        assertThatThrownBy(() -> vettings.record(meanwhile))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("after you opened it");

        vettings.record(allMet(vettings.newForm(partner)));
        List<VettingDetails> all = vettings.vettingsOf(partner);
        assertThat(all).extracting(VettingDetails::vettedAt).containsExactly(NOW, NOW.minus(Duration.ofDays(400)));
        assertThat(vettings.latest(partner).orElseThrow().vettedAt()).isEqualTo(NOW);
        assertThat(vettings.history(partner))
                .filteredOn(e -> e.kind() == HistoryEntry.Kind.CREATED)
                .extracting(HistoryEntry::record)
                .contains("Vetting of Jun 15, 2026", "Vetting of May 11, 2025");
    }

    @Test
    void criteria_added_after_the_form_was_opened_make_it_stale() {
        VettingForm form = allMet(vettings.newForm(partner));
        vettings.createCriterion(CriterionForm.of("Added meanwhile " + tag, null));
        assertThatThrownBy(() -> vettings.record(form))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("vetting criteria");
        assertThat(vettings.latest(partner)).isEmpty();
    }

    @Test
    void an_earlier_vetting_cannot_be_dated_in_the_future() {
        VettingForm form = allMet(vettings.newForm(partner));
        assertThatThrownBy(() -> vettings.recordEarlier(form, NOW.plusSeconds(60), me))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("vettedAt", "A vetting cannot be dated in the future."));
    }

    @Test
    void the_directory_filters_by_vetting_with_twelve_months_counted_to_the_second() {
        long never = partner("Never vetted " + tag);
        long atBoundary = vetted("At the boundary " + tag, TWELVE_MONTHS_AGO);
        long justBefore = vetted("Just before " + tag, TWELVE_MONTHS_AGO.minusSeconds(1));
        long renewed = vetted("Renewed " + tag, NOW.minus(Duration.ofDays(800)));
        vettings.recordEarlier(allMet(vettings.newForm(renewed)), NOW.minus(Duration.ofDays(30)), me);
        long stale = vetted("Stale " + tag, NOW.minus(Duration.ofDays(800)));

        assertThat(partners.vettedSince()).isEqualTo(TWELVE_MONTHS_AGO);
        assertThat(names(VettingFilter.NOT_VETTED))
                .containsExactlyInAnyOrder("Eastside Organizers " + tag, "Never vetted " + tag);
        assertThat(names(VettingFilter.WITHIN_12_MONTHS))
                .containsExactlyInAnyOrder("At the boundary " + tag, "Renewed " + tag);
        assertThat(names(VettingFilter.OLDER_THAN_12_MONTHS))
                .containsExactlyInAnyOrder("Just before " + tag, "Stale " + tag);
        assertThat(names(VettingFilter.ANY)).hasSize(6);
        assertThat(partners.count(PartnerFilter.byName(tag).withVetting(VettingFilter.OLDER_THAN_12_MONTHS)))
                .isEqualTo(2);
        assertThat(vettings.vettedPartnerIds(TWELVE_MONTHS_AGO))
                .contains(atBoundary, renewed)
                .doesNotContain(justBefore, stale, never);
    }

    @Test
    void a_criterion_needs_a_name_that_is_short_enough_and_not_taken() {
        assertThatThrownBy(() -> vettings.createCriterion(CriterionForm.of("  ", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsEntry("name", "Enter the criterion's name."));
        assertThatThrownBy(() -> vettings.createCriterion(CriterionForm.of("x".repeat(121), "y".repeat(1001))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("name", "The name can be at most 120 characters.")
                                .containsEntry("description", "The description can be at most 1000 characters."));
        vettings.createCriterion(CriterionForm.of("Mutually Beneficial " + tag, null));
        assertThatThrownBy(() -> vettings.createCriterion(CriterionForm.of("  mutually   beneficial " + tag, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry(
                                        "name",
                                        "There is already a criterion named “Mutually Beneficial " + tag + "”."));
    }

    @Test
    void a_used_criterion_is_retired_not_deleted_an_unused_one_can_go_and_the_order_can_change() {
        long used = vettings.createCriterion(CriterionForm.of("Used " + tag, null));
        vettings.record(allMet(vettings.newForm(partner)));
        long unused = vettings.createCriterion(CriterionForm.of("Unused " + tag, null));
        assertThat(criterion(unused).used()).isFalse();

        CriterionSummary usedNow = criterion(used);
        assertThat(usedNow.used()).isTrue();
        assertThatThrownBy(() -> vettings.deleteCriterion(used, usedNow.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("cannot be deleted. Retire it instead."));

        vettings.moveCriterion(unused, criterion(unused).version(), true);
        List<Long> order =
                vettings.activeCriteria().stream().map(CriterionSummary::id).toList();
        assertThat(order.indexOf(unused)).isLessThan(order.indexOf(used));

        vettings.retireCriterion(used, criterion(used).version());
        assertThat(vettings.activeCriteria()).extracting(CriterionSummary::id).doesNotContain(used);
        assertThat(criterion(used).retired()).isTrue();
        assertThat(answer(vettings.latest(partner).orElseThrow(), "Used " + tag).verdict())
                .isEqualTo(Verdict.MET);
        assertThatThrownBy(() -> vettings.createCriterion(CriterionForm.of("used " + tag, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("name")).endsWith("(retired: restore it instead)."));

        long staleVersion = criterion(unused).version() - 1;
        assertThatThrownBy(() -> vettings.deleteCriterion(unused, staleVersion))
                .isInstanceOf(StaleRecordException.class);
        vettings.deleteCriterion(unused, criterion(unused).version());
        assertThat(vettings.allCriteria()).extracting(CriterionSummary::id).doesNotContain(unused);

        assertThat(vettings.criterionHistory(used)).first().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
            assertThat(e.changes()).contains(new HistoryEntry.FieldChange("Status", "Active", "Retired"));
        });
    }

    @Test
    void a_stale_edit_of_a_criterion_is_refused() {
        long id = vettings.createCriterion(CriterionForm.of("Editable " + tag, null));
        CriterionForm mine = CriterionForm.of(criterion(id));
        CriterionForm theirs = CriterionForm.of(criterion(id));
        theirs.setDescription("Changed first");
        vettings.updateCriterion(id, theirs);
        mine.setName("Renamed " + tag);
        assertThatThrownBy(() -> vettings.updateCriterion(id, mine)).isInstanceOf(StaleRecordException.class);
        assertThat(criterion(id).name()).isEqualTo("Editable " + tag);
        assertThat(criterion(id).description()).isEqualTo("Changed first");
    }

    // ---- helpers

    private long partner(String name) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(PartnerKind.DEI_ORGANIZATION);
        return partners.create(form, false);
    }

    private long vetted(String name, Instant at) {
        long id = partner(name);
        vettings.recordEarlier(allMet(vettings.newForm(id)), at, me);
        return id;
    }

    private List<String> names(VettingFilter filter) {
        return partners.search(PartnerFilter.byName(tag).withVetting(filter), PageRequest.of(0, 50)).stream()
                .map(PartnerSummary::name)
                .toList();
    }

    private static VettingForm allMet(VettingForm form) {
        form.getCriteria().forEach(c -> form.answer(c.id(), Verdict.MET, null));
        return form;
    }

    private CriterionSummary criterion(long id) {
        return vettings.allCriteria().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static VettingDetails.Answer answer(VettingDetails vetting, String criterion) {
        return vetting.answers().stream()
                .filter(a -> a.criterion().equals(criterion))
                .findFirst()
                .orElseThrow();
    }
}
