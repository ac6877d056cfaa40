package org.commonground.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.IssuePriority;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.security.UserAdministrationService;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * The daily counts kept for the rubric agree with counting the interactions afresh, after every kind of change:
 * logging, moving and re-tagging, deleting, a partner changing kind, an issue changing priority. On a database
 * of its own, so the counts hold only what this test wrote.
 */
// A context of its own: the tallies keep which criteria they counted in memory, so no other test may empty
// the database under them.
@DataTest
@TestPropertySource(properties = "commonground.test.context=interaction-tallies")
@WithMockUser(
        username = "tally.tester",
        roles = {"STAFF", "ADMIN"})
class InteractionTalliesDataTest {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Autowired
    InteractionEvidence evidence;

    @Autowired
    InteractionService interactions;

    @Autowired
    PartnerService partners;

    @Autowired
    CommunityIssueService issues;

    @Autowired
    UserAccountService accounts;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    UserAdministrationService administration;

    final InteractionCriteria any = InteractionCriteria.any();
    final InteractionCriteria executive =
            InteractionCriteria.any().withPartners(Set.of(PartnerKind.GOVERNMENT), Set.of(GovernmentKind.EXECUTIVE));
    final InteractionCriteria equity = new InteractionCriteria(
            Set.of(InteractionKind.MEETING),
            Set.of(),
            Set.of(),
            Set.of(Theme.RACIAL_EQUITY),
            false,
            Set.of(),
            Initiator.LIBRARY,
            false,
            0);
    final InteractionCriteria highIssue = InteractionCriteria.any().withIssue(Set.of(IssuePriority.HIGH));
    final InteractionCriteria withDirector =
            new InteractionCriteria(Set.of(), Set.of(), Set.of(), Set.of(), false, Set.of(), null, true, 0);
    final InteractionCriteria tagged = InteractionCriteria.any().withIssue(Set.of());

    @Test
    void counts_kept_on_every_change_equal_a_fresh_count() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long me = accounts.createAccount("tally-" + tag, "Tally Tester", Role.STAFF, "irrelevant-password", null, false)
                .id();
        long director = accounts.createAccount(
                        "tally-director-" + tag, "Tally Director", Role.DIRECTOR, "irrelevant-password", null, false)
                .id();
        long mayor = partners.create(partner("Mayor " + tag, PartnerKind.GOVERNMENT, GovernmentKind.EXECUTIVE), false);
        long ngo = partners.create(partner("Neighbors " + tag, PartnerKind.DEI_ORGANIZATION, null), false);
        long air = issues.create(CommunityIssueForm.of("Air " + tag, null, IssuePriority.HIGH));
        long heat = issues.create(CommunityIssueForm.of("Heat " + tag, null, IssuePriority.LOW));
        for (InteractionCriteria c : List.of(any, executive, equity, highIssue, withDirector)) {
            evidence.track(c);
            evidence.dailyCounts(c, FROM, TO); // counted in full now, kept from here on
        }
        evidence.trackByIssue(tagged);
        evidence.daysByIssue(tagged, FROM, TO);

        long a = interactions.log(form(
                LocalDate.of(2026, 3, 10),
                Set.of(mayor),
                Set.of(me, director),
                Set.of(air),
                EnumSet.of(Theme.RACIAL_EQUITY)));
        long b = interactions.log(
                form(LocalDate.of(2026, 3, 10), Set.of(ngo), Set.of(me), Set.of(heat), EnumSet.noneOf(Theme.class)));
        interactions.log(form(
                LocalDate.of(2026, 4, 2),
                Set.of(mayor, ngo),
                Set.of(me),
                Set.of(air, heat),
                EnumSet.of(Theme.SHARED_GOALS)));
        assertAgree();
        assertThat(evidence.dailyCounts(executive, FROM, TO))
                .containsEntry(LocalDate.of(2026, 3, 10), 1L)
                .containsEntry(LocalDate.of(2026, 4, 2), 1L);

        InteractionForm moved = interactions.formFor(a);
        moved.setDate(LocalDate.of(2026, 5, 20));
        moved.setPartnerIds(Set.of(ngo));
        moved.setThemes(EnumSet.noneOf(Theme.class));
        interactions.update(a, moved);
        assertAgree();
        assertThat(evidence.dailyCounts(executive, FROM, TO)).doesNotContainKey(LocalDate.of(2026, 3, 10));

        interactions.delete(b, interactions.get(b).version());
        assertAgree();

        PartnerForm becomesAgency = partners.formFor(mayor);
        becomesAgency.setGovernmentKind(GovernmentKind.AGENCY);
        partners.update(mayor, becomesAgency, true);
        assertAgree();
        assertThat(evidence.dailyCounts(executive, FROM, TO)).isEmpty();

        // The staff member at the April meeting becomes a director: that meeting now had a director present.
        long promoted = administration.list().stream()
                .filter(u -> u.username().equals("tally-" + tag))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(evidence.dailyCounts(withDirector, FROM, TO)).doesNotContainKey(LocalDate.of(2026, 4, 2));
        administration.changeRole(
                promoted, Role.DIRECTOR, administration.get(promoted).version());
        assertAgree();
        assertThat(evidence.dailyCounts(withDirector, FROM, TO)).containsEntry(LocalDate.of(2026, 4, 2), 1L);

        CommunityIssueForm lower = CommunityIssueForm.of("Air " + tag, null, IssuePriority.MEDIUM);
        lower.setVersion(issues.all().stream()
                .filter(i -> i.id() == air)
                .findFirst()
                .orElseThrow()
                .version());
        issues.update(air, lower);
        assertAgree();
        assertThat(evidence.dailyCounts(highIssue, FROM, TO)).isEmpty();
    }

    private void assertAgree() {
        for (InteractionCriteria c : List.of(any, executive, equity, highIssue, withDirector)) {
            assertThat(evidence.dailyCounts(c, FROM, TO)).as(c.canonical()).isEqualTo(fresh(c));
        }
        assertThat(evidence.daysByIssue(tagged, FROM, TO)).isEqualTo(freshByIssue(tagged));
    }

    private NavigableMap<LocalDate, Long> fresh(InteractionCriteria c) {
        InteractionEvidenceSql sql = new InteractionEvidenceSql(c, FROM, TO);
        NavigableMap<LocalDate, Long> days = new TreeMap<>();
        jdbc.query(
                "select i.occurred_on, count(*) from interaction i where " + sql.where + " group by i.occurred_on",
                sql.parameters,
                row -> {
                    days.put(row.getObject(1, LocalDate.class), row.getLong(2));
                });
        return days;
    }

    private Map<Long, NavigableSet<LocalDate>> freshByIssue(InteractionCriteria c) {
        InteractionEvidenceSql sql = new InteractionEvidenceSql(c, FROM, TO);
        Map<Long, NavigableSet<LocalDate>> days = new HashMap<>();
        jdbc.query(
                "select distinct x.issue_id, i.occurred_on from interaction i join interaction_issue x "
                        + "on x.interaction_id = i.id where " + sql.where,
                sql.parameters,
                row -> {
                    days.computeIfAbsent(row.getLong(1), k -> new TreeSet<>()).add(row.getObject(2, LocalDate.class));
                });
        return days;
    }

    private static InteractionForm form(
            LocalDate day, Set<Long> partnerIds, Set<Long> staff, Set<Long> issueIds, Set<Theme> themes) {
        InteractionForm form = new InteractionForm();
        form.setKind(InteractionKind.MEETING);
        form.setDate(day);
        form.setTime(LocalTime.of(10, 0));
        form.setTimeZone(ZONE);
        form.setInitiatedBy(Initiator.LIBRARY);
        form.setPartnerIds(partnerIds);
        form.setStaffIds(staff);
        form.setIssueIds(issueIds);
        form.setThemes(themes);
        return form;
    }

    private static PartnerForm partner(String name, PartnerKind kind, GovernmentKind body) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(kind);
        form.setGovernmentKind(body);
        return form;
    }
}
