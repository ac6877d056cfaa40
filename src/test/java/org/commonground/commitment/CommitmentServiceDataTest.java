package org.commonground.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.commonground.history.HistoryEntry;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
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
        username = "commitment.tester",
        roles = {"STAFF", "DIRECTOR"})
class CommitmentServiceDataTest {

    @Autowired
    CommitmentService commitments;

    @Autowired
    PartnerService partners;

    String tag;
    long city;
    long museum;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        city = partners.create(
                partner("City of Testville " + tag, PartnerKind.GOVERNMENT, GovernmentKind.EXECUTIVE), false);
        museum = partners.create(partner("Test Museum " + tag, PartnerKind.SCIENCE_LEADER, null), false);
    }

    @Test
    void a_recorded_commitment_is_read_back_and_moves_only_along_its_lifecycle() {
        long id = commitments.create(funding(
                city,
                CommitmentDirection.PARTNER_TO_LIBRARY,
                "25000",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
        CommitmentDetails details = commitments.get(id);
        assertThat(details.title()).isEqualTo("Funding: City of Testville " + tag + " → Library");
        assertThat(details.amountLabel()).isEqualTo("$25,000");
        assertThat(details.status()).isEqualTo(CommitmentStatus.PROPOSED);
        assertThat(details.nextStatuses())
                .containsExactlyInAnyOrder(CommitmentStatus.ACTIVE, CommitmentStatus.WITHDRAWN);

        assertThatThrownBy(() -> commitments.changeStatus(id, CommitmentStatus.FULFILLED, details.version()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A proposed commitment must become active before it can be fulfilled.");

        commitments.changeStatus(id, CommitmentStatus.ACTIVE, details.version());
        long active = commitments.get(id).version();
        commitments.changeStatus(id, CommitmentStatus.FULFILLED, active);
        long fulfilled = commitments.get(id).version();
        assertThatThrownBy(() -> commitments.changeStatus(id, CommitmentStatus.ACTIVE, fulfilled))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A fulfilled commitment is closed; it cannot become active.");
        assertThat(commitments.get(id).status()).isEqualTo(CommitmentStatus.FULFILLED);

        CommitmentForm rewrite = commitments.formFor(id);
        rewrite.setAmount(new BigDecimal("999999"));
        assertThatThrownBy(() -> commitments.update(id, rewrite))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry(
                                        "status",
                                        "This commitment is fulfilled and closed; "
                                                + "it cannot be changed. Add a progress note, or record a new commitment."));
        assertThat(commitments.get(id).amountLabel()).isEqualTo("$25,000");
        commitments.addNote(id, "Final report received.");
        assertThat(commitments.get(id).notes()).hasSize(1);
    }

    @Test
    void bad_amounts_and_dates_are_refused_with_a_message_per_field_and_nothing_is_saved() {
        long before = commitments.count(CommitmentFilter.ofPartner(city));
        CommitmentForm zero = funding(
                city, CommitmentDirection.LIBRARY_TO_PARTNER, "0", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> commitments.create(zero))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("amount", "The amount must be more than 0.")
                                .containsEntry(
                                        "endDate",
                                        "The end date is before the start date (Mar 1, 2026). Choose a "
                                                + "later end date, or leave it empty for an open-ended commitment."));
        CommitmentForm huge =
                funding(city, CommitmentDirection.LIBRARY_TO_PARTNER, "1000000000.01", LocalDate.of(2026, 3, 1), null);
        assertThatThrownBy(() -> commitments.create(huge))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry(
                                        "amount", "The amount can be at most 1,000,000,000. Check for extra digits."));
        CommitmentForm empty = new CommitmentForm();
        empty.setAmount(null);
        assertThatThrownBy(() -> commitments.create(empty))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsKeys("partnerId", "description", "amount", "startDate"));
        assertThat(commitments.count(CommitmentFilter.ofPartner(city))).isEqualTo(before);
    }

    @Test
    void a_stale_edit_is_refused_and_the_newer_change_kept() {
        long id = commitments.create(
                funding(city, CommitmentDirection.LIBRARY_TO_PARTNER, "100", LocalDate.of(2026, 1, 1), null));
        CommitmentForm first = commitments.formFor(id);
        CommitmentForm second = commitments.formFor(id);
        first.setDescription("Raised by the first editor");
        commitments.update(id, first);
        second.setDescription("Raised by the second editor");
        assertThatThrownBy(() -> commitments.update(id, second)).isInstanceOf(StaleRecordException.class);
        assertThat(commitments.get(id).description()).isEqualTo("Raised by the first editor");
    }

    @Test
    void changes_and_progress_notes_are_in_the_history() {
        long id = commitments.create(
                funding(city, CommitmentDirection.LIBRARY_TO_PARTNER, "100", LocalDate.of(2026, 1, 1), null));
        CommitmentForm form = commitments.formFor(id);
        form.setAmount(new BigDecimal("150"));
        commitments.update(id, form);
        commitments.addNote(id, "First sensor installed at the branch.");
        assertThatThrownBy(() -> commitments.addNote(id, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsEntry("note", "Write the progress note first."));

        assertThat(commitments.get(id).notes())
                .extracting(CommitmentDetails.ProgressNote::text)
                .containsExactly("First sensor installed at the branch.");
        List<HistoryEntry> history = commitments.history(id);
        assertThat(history)
                .anySatisfy(entry -> assertThat(entry.changes()).anySatisfy(change -> {
                    assertThat(change.field()).isEqualTo("Amount");
                    assertThat(change.before()).isEqualTo("$100");
                    assertThat(change.after()).isEqualTo("$150");
                }));
        assertThat(history).anySatisfy(entry -> assertThat(entry.record()).isEqualTo("Progress note"));
    }

    @Test
    void the_balance_keeps_units_apart_and_counts_only_commitments_in_force_during_the_period() {
        LocalDate from = LocalDate.of(1901, 1, 1);
        LocalDate to = LocalDate.of(1903, 12, 31);
        active(funding(city, CommitmentDirection.PARTNER_TO_LIBRARY, "50000", LocalDate.of(1901, 6, 1), null));
        active(funding(
                city,
                CommitmentDirection.PARTNER_TO_LIBRARY,
                "10000.50",
                LocalDate.of(1902, 1, 1),
                LocalDate.of(1902, 12, 31)));
        CommitmentForm hours =
                funding(city, CommitmentDirection.LIBRARY_TO_PARTNER, "12", LocalDate.of(1901, 1, 1), null);
        hours.setKind(CommitmentKind.STAFF_TIME);
        hours.setUnit(CommitmentUnit.HOURS_PER_MONTH);
        active(hours);
        // Outside the period, a mere proposal, and a withdrawn one: none of them count.
        active(funding(city, CommitmentDirection.PARTNER_TO_LIBRARY, "999", LocalDate.of(1904, 1, 1), null));
        commitments.create(
                funding(city, CommitmentDirection.PARTNER_TO_LIBRARY, "777", LocalDate.of(1902, 1, 1), null));
        long withdrawn =
                active(funding(city, CommitmentDirection.LIBRARY_TO_PARTNER, "555", LocalDate.of(1902, 1, 1), null));
        commitments.changeStatus(
                withdrawn,
                CommitmentStatus.WITHDRAWN,
                commitments.get(withdrawn).version());
        active(funding(museum, CommitmentDirection.LIBRARY_TO_PARTNER, "3000", LocalDate.of(1902, 1, 1), null));

        Balance balance = commitments.balance(from, to, null);

        assertThat(balance.byPartnerKind())
                .extracting(l ->
                        l.group() + " | " + l.kind().label() + " | " + l.unit().label() + " | " + l.givesLabel() + " | "
                                + l.receivesLabel() + " | " + l.commitments())
                .containsExactly(
                        "Local government | Staff time | hours per month | 12 hours per month | 0 hours per month | 1",
                        "Local government | Funding | dollars | $0 | $60,000.50 | 2",
                        "Science leader | Funding | dollars | $3,000 | $0 | 1");
        assertThat(balance.byPartner())
                .extracting(Balance.PartnerBalance::partnerName)
                .containsExactly("City of Testville " + tag, "Test Museum " + tag);
        assertThat(commitments.balance(from, to, museum).byPartner())
                .singleElement()
                .satisfies(p -> assertThat(p.lines())
                        .extracting(BalanceLine::libraryGives)
                        .containsExactly(new BigDecimal("3000.00")));
        assertThatThrownBy(() -> commitments.balance(to, from, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("to", "The period ends before it starts. Choose a later end date."));
    }

    @Test
    void the_list_filters_by_due_window_and_partner_kind() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        long overdue = active(funding(
                museum, CommitmentDirection.LIBRARY_TO_PARTNER, "10", today.minusMonths(3), today.minusDays(2)));
        long soon = commitments.create(funding(
                museum, CommitmentDirection.LIBRARY_TO_PARTNER, "10", today.minusMonths(3), today.plusDays(10)));
        long later = active(funding(
                museum, CommitmentDirection.LIBRARY_TO_PARTNER, "10", today.minusMonths(3), today.plusDays(60)));
        long fulfilledLate = active(funding(
                museum, CommitmentDirection.LIBRARY_TO_PARTNER, "10", today.minusMonths(3), today.minusDays(5)));
        commitments.changeStatus(
                fulfilledLate,
                CommitmentStatus.FULFILLED,
                commitments.get(fulfilledLate).version());

        assertThat(ids(new CommitmentFilter(null, null, null, null, DueWindow.OVERDUE, museum, null)))
                .containsExactly(overdue);
        assertThat(ids(new CommitmentFilter(null, null, null, null, DueWindow.NEXT_30_DAYS, museum, null)))
                .containsExactly(soon);
        assertThat(ids(new CommitmentFilter(null, null, null, null, DueWindow.NEXT_90_DAYS, museum, null)))
                .containsExactlyInAnyOrder(soon, later);
        assertThat(commitments.dueSoon(10_000))
                .extracting(CommitmentSummary::id)
                .containsSubsequence(overdue, soon)
                .doesNotContain(later, fulfilledLate);
        assertThat(ids(new CommitmentFilter(null, null, null, PartnerKind.GOVERNMENT, null, museum, null)))
                .isEmpty();
        assertThat(ids(new CommitmentFilter(
                        null, null, CommitmentStatus.FULFILLED, PartnerKind.SCIENCE_LEADER, null, museum, null)))
                .containsExactly(fulfilledLate);
    }

    private List<Long> ids(CommitmentFilter filter) {
        return commitments.search(filter, PageRequest.of(0, 50)).stream()
                .map(CommitmentSummary::id)
                .toList();
    }

    private long active(CommitmentForm form) {
        form.setInitialStatus(CommitmentStatus.ACTIVE);
        return commitments.create(form);
    }

    private static CommitmentForm funding(
            long partnerId, CommitmentDirection direction, String amount, LocalDate start, LocalDate end) {
        CommitmentForm form = CommitmentForm.startingOn(start);
        form.setPartnerId(partnerId);
        form.setDirection(direction);
        form.setKind(CommitmentKind.FUNDING);
        form.setUnit(CommitmentUnit.DOLLARS);
        form.setDescription("Test commitment");
        form.setAmount(new BigDecimal(amount));
        form.setEndDate(end);
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
