package org.commonground;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentKind;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentSummary;
import org.commonground.commitment.CommitmentUnit;
import org.commonground.commitment.PortalCommitmentService;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.IssuePriority;
import org.commonground.interaction.InteractionFilter;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.PortalInteractionService;
import org.commonground.interaction.SharedInteraction;
import org.commonground.mission.Direction;
import org.commonground.mission.MeasureForm;
import org.commonground.mission.MeasurementForm;
import org.commonground.mission.MissionFilter;
import org.commonground.mission.MissionForm;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionSummary;
import org.commonground.mission.PortalMissionService;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.portal.InvitationService;
import org.commonground.rubric.AttestationService;
import org.commonground.rubric.RubricService;
import org.commonground.rubric.RubricSettingsService;
import org.commonground.schedule.CalendarFilter;
import org.commonground.schedule.Ending;
import org.commonground.schedule.PartnerCheckIn;
import org.commonground.schedule.Repeat;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.SeriesForm;
import org.commonground.security.Role;
import org.commonground.security.SecurityEventKind;
import org.commonground.security.SecurityEventSummary;
import org.commonground.security.SecurityEvents;
import org.commonground.security.UserAccountService;
import org.commonground.security.UserAdministrationService;
import org.commonground.security.UserSummary;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.testsupport.DataTest;
import org.commonground.vetting.CriterionForm;
import org.commonground.vetting.VettingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may do what, for every role and every kind of record, through every read, list, search, update and
 * delete path the services offer: allowed, "not found" (a partner user reaching another organization's record
 * gets exactly what a missing record gives, and the attempt is in the security log) or access denied (a role
 * calling a method that is not for it). Runs on H2 and PostgreSQL. Each case runs in a transaction that is rolled
 * back, so every case starts from the same two organizations: A, the partner user's, and B, another.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixDataTest {

    enum Expect {
        /** The call succeeds. */
        ALLOW,
        /** A list or search that succeeds and holds the caller's organization's records and none of another's. */
        ONLY_OWN,
        /** A search that succeeds and finds nothing (the words are another organization's). */
        NOTHING,
        /** RecordNotFoundException, the same as for a record that does not exist; logged as refused. */
        NOT_FOUND,
        /** AccessDeniedException: the method is not for this role. */
        DENIED
    }

    /** One service call under test; returns the ids it saw for lists and searches. */
    interface Call {
        Object run(AccessMatrixDataTest t);
    }

    record Case(
            Role role,
            String record,
            String path,
            String target,
            Expect expect,
            Call call,
            Set<String> own,
            Set<String> others) {

        @Override
        public String toString() {
            return role + " · " + record + " · " + path + " (" + target + ") → " + expect;
        }
    }

    static final long MISSING = 987_654_321L;
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    CommitmentService commitments;

    @Autowired
    PortalCommitmentService portalCommitments;

    @Autowired
    MissionService missions;

    @Autowired
    PortalMissionService portalMissions;

    @Autowired
    InteractionService interactions;

    @Autowired
    PortalInteractionService portalInteractions;

    @Autowired
    PartnerService partners;

    @Autowired
    VettingService vettings;

    @Autowired
    CommunityIssueService issues;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAdministrationService administration;

    @Autowired
    InvitationService invitations;

    @Autowired
    SecurityEvents securityEvents;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ScheduleService schedule;

    @Autowired
    RubricService rubric;

    @Autowired
    RubricSettingsService rubricSettings;

    @Autowired
    AttestationService attestations;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final Map<Role, String> users = new EnumMap<>(Role.class);

    long a;
    long b;
    long contactB;
    long contactB2;
    long cAGives;
    long cAGets;
    long cB;
    long cBGets;
    long mA;
    long mB;
    long xB;
    long iAShared;
    long iAPrivate;
    long iB;
    long targetUser;
    long sA;
    long sB;
    long partnerUserB;

    @BeforeAll
    void createTwoOrganizations() {
        for (Role role : Role.values()) {
            users.put(role, "matrix." + role.name().toLowerCase() + "." + tag);
        }
        asAdmin(() -> {
            a = partner("Otter Watershed " + tag);
            b = partner("Zebra Museum " + tag);
            long issue = issues.create(CommunityIssueForm.of("Matrix issue " + tag, null, IssuePriority.LOW));
            for (Role role : Role.values()) {
                accounts.createAccount(
                        users.get(role),
                        "Matrix " + role.label(),
                        role,
                        "long enough secret",
                        role == Role.PARTNER ? a : null,
                        false);
            }
            targetUser = accounts.createAccount(
                            "matrix.target." + tag, "Matrix Target", Role.STAFF, "long enough secret", null, false)
                    .id();
            partnerUserB = accounts.createAccount(
                            "matrix.partnerb." + tag, "Matrix Partner B", Role.PARTNER, "long enough secret", b, false)
                    .id();
            contactB = partners.addContact(b, contact("Zoe Zebra " + tag));
            contactB2 = partners.addContact(b, contact("Zack Zebra " + tag));

            cAGives = commitment(a, CommitmentDirection.LIBRARY_TO_PARTNER, "Otter room " + tag, issue);
            cAGets = commitment(a, CommitmentDirection.PARTNER_TO_LIBRARY, "Otter data " + tag, issue);
            cB = commitment(b, CommitmentDirection.LIBRARY_TO_PARTNER, "Zebra gallery " + tag, issue);
            cBGets = commitment(b, CommitmentDirection.PARTNER_TO_LIBRARY, "Zebra talks " + tag, issue);

            long owner = accounts.staffById().values().stream()
                    .filter(s -> s.displayName().equals("Matrix " + Role.STAFF.label()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            mA = missions.create(mission("Otter river mission " + tag, issue, owner, a));
            mB = missions.create(mission("Zebra exhibit mission " + tag, issue, owner, b));
            long measure = missions.addMeasure(
                    mB,
                    MeasureForm.of(
                            "Zebra visitors",
                            "people",
                            Direction.HIGHER,
                            BigDecimal.TEN,
                            missions.today().plusMonths(6)));
            xB = missions.addMeasurement(measure, MeasurementForm.of(missions.today(), BigDecimal.ONE, null));

            iAShared = interactions.log(meeting(a, "Otter shared notes " + tag, true));
            iAPrivate = interactions.log(meeting(a, "Otter private notes " + tag, false));
            iB = interactions.log(meeting(b, "Zebra shared notes " + tag, true));
            sA = schedule.create(series("Otter check-in " + tag, a, owner));
            sB = schedule.create(series("Zebra check-in " + tag, b, owner));
            return null;
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_role_gets_what_it_may_and_not_found_for_what_is_not_its_own(Case c) {
        Object result = null;
        Expect outcome;
        try {
            result = transaction.execute(status -> {
                status.setRollbackOnly();
                return runAs(users.get(c.role()), c.role(), () -> c.call().run(this));
            });
            outcome = Expect.ALLOW;
        } catch (AccessDeniedException e) {
            outcome = Expect.DENIED;
        } catch (RecordNotFoundException e) {
            outcome = Expect.NOT_FOUND;
        }
        switch (c.expect()) {
            case ALLOW, DENIED, NOT_FOUND ->
                assertThat(outcome).as(c.toString()).isEqualTo(c.expect());
            case ONLY_OWN -> {
                assertThat(outcome).as(c.toString()).isEqualTo(Expect.ALLOW);
                Set<String> seen = names(result);
                assertThat(seen).as("%s: the organization's own", c).containsAll(resolve(c.own()));
                assertThat(seen).as("%s: nothing of another's", c).doesNotContainAnyElementsOf(resolve(c.others()));
            }
            case NOTHING -> {
                assertThat(outcome).as(c.toString()).isEqualTo(Expect.ALLOW);
                assertThat(names(result)).as(c.toString()).doesNotContainAnyElementsOf(resolve(c.others()));
            }
        }
        if (c.expect() == Expect.NOT_FOUND) {
            List<SecurityEventSummary> refused = asAdmin(() -> securityEvents.recent(20));
            assertThat(refused)
                    .as("%s is in the security log with user and target", c)
                    .anySatisfy(e -> {
                        assertThat(e.kind()).isEqualTo(SecurityEventKind.ACCESS_REFUSED);
                        assertThat(e.username()).isEqualTo(users.get(c.role()));
                        assertThat(e.target()).endsWith(" " + id(c.target()));
                    });
        }
    }

    Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        Expect A = Expect.ALLOW;
        Expect D = Expect.DENIED;
        Expect N = Expect.NOT_FOUND;

        // Commitments through the library's service: every library role, no partner.
        row(all, "commitment", "read", "cB", t -> t.commitments.get(t.cB), A, A, A, D);
        row(
                all,
                "commitment",
                "list",
                "all",
                t -> t.commitments.search(CommitmentFilter.none(), PageRequest.of(0, 5)),
                A,
                A,
                A,
                D);
        row(
                all,
                "commitment",
                "update (progress note)",
                "cB",
                t -> {
                    t.commitments.addNote(t.cB, "A note");
                    return null;
                },
                A,
                A,
                A,
                D);
        row(
                all,
                "commitment",
                "update (status)",
                "cB",
                t -> {
                    t.commitments.changeStatus(
                            t.cB,
                            CommitmentStatus.ACTIVE,
                            t.commitments.get(t.cB).version());
                    return null;
                },
                A,
                A,
                A,
                D);
        row(
                all,
                "commitment",
                "delete (withdraw)",
                "cB",
                t -> {
                    t.commitments.changeStatus(
                            t.cB,
                            CommitmentStatus.WITHDRAWN,
                            t.commitments.get(t.cB).version());
                    return null;
                },
                A,
                A,
                A,
                D);
        row(all, "commitment history", "read", "cB", t -> t.commitments.history(t.cB), A, A, A, D);

        // Commitments through the portal: the partner user only, own organization only.
        row(all, "portal commitment", "read", "cAGives", t -> t.portalCommitments.get(t.cAGives), D, D, D, A);
        row(all, "portal commitment", "read", "cB", t -> t.portalCommitments.get(t.cB), D, D, D, N);
        row(all, "portal commitment", "read", "MISSING", t -> t.portalCommitments.get(MISSING), D, D, D, N);
        list(
                all,
                "portal commitment",
                "list",
                t -> t.commitmentNames(t.portalCommitments.ofMyOrganization(null)),
                Expect.ONLY_OWN,
                Set.of("Otter room", "Otter data"),
                Set.of("Zebra gallery", "Zebra talks"));
        list(
                all,
                "portal commitment",
                "search (another's words)",
                t -> t.commitmentNames(t.portalCommitments.ofMyOrganization("zebra")),
                Expect.NOTHING,
                Set.of(),
                Set.of("Zebra gallery", "Zebra talks"));
        list(
                all,
                "portal commitment",
                "search (own words)",
                t -> t.commitmentNames(t.portalCommitments.ofMyOrganization("otter room")),
                Expect.ONLY_OWN,
                Set.of("Otter room"),
                Set.of("Zebra gallery", "Zebra talks"));
        row(
                all,
                "portal commitment",
                "update (acknowledge)",
                "cAGives",
                t -> {
                    t.portalCommitments.acknowledge(
                            t.cAGives, t.portalCommitments.get(t.cAGives).version());
                    return null;
                },
                D,
                D,
                D,
                A);
        row(
                all,
                "portal commitment",
                "update (acknowledge)",
                "cB",
                t -> {
                    t.portalCommitments.acknowledge(t.cB, 0);
                    return null;
                },
                D,
                D,
                D,
                N);
        row(
                all,
                "portal commitment",
                "update (status)",
                "cAGets",
                t -> {
                    t.portalCommitments.changeStatus(
                            t.cAGets,
                            CommitmentStatus.FULFILLED,
                            t.portalCommitments.get(t.cAGets).version());
                    return null;
                },
                D,
                D,
                D,
                A);
        row(
                all,
                "portal commitment",
                "update (status)",
                "cBGets",
                t -> {
                    t.portalCommitments.changeStatus(t.cBGets, CommitmentStatus.FULFILLED, 0);
                    return null;
                },
                D,
                D,
                D,
                N);
        row(
                all,
                "portal commitment",
                "update (progress note)",
                "cAGets",
                t -> {
                    t.portalCommitments.addNote(t.cAGets, "Delivered the first readings");
                    return null;
                },
                D,
                D,
                D,
                A);
        row(
                all,
                "portal commitment",
                "update (progress note)",
                "cBGets",
                t -> {
                    t.portalCommitments.addNote(t.cBGets, "Not ours");
                    return null;
                },
                D,
                D,
                D,
                N);
        row(
                all,
                "portal commitment",
                "update (progress note)",
                "MISSING",
                t -> {
                    t.portalCommitments.addNote(MISSING, "Nothing there");
                    return null;
                },
                D,
                D,
                D,
                N);
        row(
                all,
                "portal commitment",
                "delete (withdraw)",
                "cAGets",
                t -> {
                    t.portalCommitments.changeStatus(
                            t.cAGets,
                            CommitmentStatus.WITHDRAWN,
                            t.portalCommitments.get(t.cAGets).version());
                    return null;
                },
                D,
                D,
                D,
                A);
        row(
                all,
                "portal commitment",
                "delete (withdraw)",
                "cBGets",
                t -> {
                    t.portalCommitments.changeStatus(t.cBGets, CommitmentStatus.WITHDRAWN, 0);
                    return null;
                },
                D,
                D,
                D,
                N);
        row(
                all,
                "portal commitment history",
                "read",
                "cAGives",
                t -> t.portalCommitments.history(t.cAGives),
                D,
                D,
                D,
                A);
        row(all, "portal commitment history", "read", "cB", t -> t.portalCommitments.history(t.cB), D, D, D, N);

        // Shared missions.
        row(all, "mission", "read", "mB", t -> t.missions.get(t.mB), A, A, A, D);
        row(
                all,
                "mission",
                "list",
                "all",
                t -> t.missions.search(MissionFilter.all(), PageRequest.of(0, 5)),
                A,
                A,
                A,
                D);
        row(
                all,
                "mission",
                "search",
                "words",
                t -> t.missions.search(new MissionFilter(null, null, null, "zebra"), PageRequest.of(0, 5)),
                A,
                A,
                A,
                D);
        row(
                all,
                "mission",
                "update (adopt)",
                "mB",
                t -> {
                    t.missions.adopt(
                            t.mB, t.missions.today(), t.missions.get(t.mB).version());
                    return null;
                },
                A,
                A,
                A,
                D);
        row(
                all,
                "mission",
                "delete (a measurement)",
                "xB",
                t -> {
                    t.missions.deleteMeasurement(t.xB, 0);
                    return null;
                },
                A,
                A,
                A,
                D);
        row(all, "mission history", "read", "mB", t -> t.missions.history(t.mB), A, A, A, D);
        row(all, "portal mission", "read", "mA", t -> t.portalMissions.get(t.mA), D, D, D, A);
        row(all, "portal mission", "read", "mB", t -> t.portalMissions.get(t.mB), D, D, D, N);
        row(all, "portal mission", "read", "MISSING", t -> t.portalMissions.get(MISSING), D, D, D, N);
        list(
                all,
                "portal mission",
                "list",
                t -> t.missionNames(t.portalMissions.ofMyOrganization(null)),
                Expect.ONLY_OWN,
                Set.of("Otter river mission"),
                Set.of("Zebra exhibit mission"));
        list(
                all,
                "portal mission",
                "search (another's words)",
                t -> t.missionNames(t.portalMissions.ofMyOrganization("zebra exhibit")),
                Expect.NOTHING,
                Set.of(),
                Set.of("Zebra exhibit mission"));

        // Interactions (private unless staff share them).
        row(all, "interaction", "read", "iB", t -> t.interactions.get(t.iB), A, A, A, D);
        row(
                all,
                "interaction",
                "search",
                "words",
                t -> t.interactions.search(InteractionFilter.all().withText("zebra"), PageRequest.of(0, 5)),
                A,
                A,
                A,
                D);
        row(
                all,
                "interaction",
                "update",
                "iB",
                t -> {
                    t.interactions.update(t.iB, t.interactions.formFor(t.iB));
                    return null;
                },
                A,
                A,
                A,
                D);
        row(
                all,
                "interaction",
                "delete",
                "iB",
                t -> {
                    t.interactions.delete(t.iB, t.interactions.get(t.iB).version());
                    return null;
                },
                A,
                A,
                A,
                D);
        row(all, "interaction history", "read", "iB", t -> t.interactions.history(t.iB), A, A, A, D);
        row(all, "portal interaction", "read", "iAShared", t -> t.portalInteractions.get(t.iAShared), D, D, D, A);
        row(all, "portal interaction", "read", "iAPrivate", t -> t.portalInteractions.get(t.iAPrivate), D, D, D, N);
        row(all, "portal interaction", "read", "iB", t -> t.portalInteractions.get(t.iB), D, D, D, N);
        row(all, "portal interaction", "read", "MISSING", t -> t.portalInteractions.get(MISSING), D, D, D, N);
        list(
                all,
                "portal interaction",
                "list",
                t -> t.interactionNotes(t.portalInteractions.sharedWithMyOrganization(null, 50)),
                Expect.ONLY_OWN,
                Set.of("Otter shared notes"),
                Set.of("Otter private notes", "Zebra shared notes"));
        list(
                all,
                "portal interaction",
                "search (unshared words)",
                t -> t.interactionNotes(t.portalInteractions.sharedWithMyOrganization("private", 50)),
                Expect.NOTHING,
                Set.of(),
                Set.of("Otter private notes", "Zebra shared notes"));
        list(
                all,
                "portal interaction",
                "search (another's words)",
                t -> t.interactionNotes(t.portalInteractions.sharedWithMyOrganization("zebra", 50)),
                Expect.NOTHING,
                Set.of(),
                Set.of("Zebra shared notes"));

        // The partner page and directory: library people only, even for the partner user's own organization.
        row(all, "partner page", "read", "b", t -> t.partners.get(t.b), A, A, A, D);
        row(all, "partner page", "read", "a", t -> t.partners.get(t.a), A, A, A, D);
        row(
                all,
                "partner directory",
                "search",
                "words",
                t -> t.partners.search(PartnerFilter.byName("zebra"), PageRequest.of(0, 5)),
                A,
                A,
                A,
                D);
        row(
                all,
                "partner",
                "update",
                "b",
                t -> {
                    t.partners.update(t.b, t.partners.formFor(t.b), false);
                    return null;
                },
                A,
                A,
                A,
                D);
        row(
                all,
                "contact",
                "delete",
                "contactB",
                t -> {
                    t.partners.removeContact(t.contactB, 0);
                    return null;
                },
                A,
                A,
                A,
                D);
        row(all, "partner history", "read", "b", t -> t.partners.history(t.b), A, A, A, D);
        row(all, "own organization's name", "read", "a", t -> t.partners.ownOrganizationName(), D, D, D, A);

        // Check-ins: the library's series for library people; a partner user sees only their organization's.
        Instant from = Instant.now().minus(Duration.ofDays(90));
        Instant to = Instant.now().plus(Duration.ofDays(90));
        row(all, "check-in series", "read", "sB", t -> t.schedule.get(t.sB), A, A, A, D);
        row(all, "calendar", "list", "all", t -> t.schedule.calendar(from, to, CalendarFilter.none()), A, A, A, D);
        row(
                all,
                "check-in series",
                "delete",
                "sB",
                t -> {
                    t.schedule.delete(t.sB, t.schedule.get(t.sB).version());
                    return null;
                },
                A,
                A,
                A,
                D);
        row(all, "portal check-ins", "read", "sA", t -> t.schedule.myCheckIns(t.sA, from, to), D, D, D, A);
        row(all, "portal check-ins", "read", "sB", t -> t.schedule.myCheckIns(t.sB, from, to), D, D, D, N);
        row(all, "portal check-ins", "read", "MISSING", t -> t.schedule.myCheckIns(MISSING, from, to), D, D, D, N);
        list(
                all,
                "portal check-ins",
                "list",
                t -> t.schedule.myCheckIns(from, to).stream()
                        .map(PartnerCheckIn::title)
                        .collect(Collectors.toSet()),
                Expect.ONLY_OWN,
                Set.of("Otter check-in"),
                Set.of("Zebra check-in"));

        // The rubric: library people read it, administrators tune it, partner users never reach it.
        row(all, "rubric dashboard", "read", "all", t -> t.rubric.dashboard(null), A, A, A, D);
        row(all, "rubric strand", "read", "ce-gov", t -> t.rubric.strand("ce-gov", null), A, A, A, D);
        row(
                all,
                "rubric attestations",
                "list",
                "ce.gov.purposeful.seat",
                t -> t.attestations.of("ce.gov.purposeful.seat", t.rubric.today()),
                A,
                A,
                A,
                D);
        row(
                all,
                "rubric settings",
                "update",
                "ce.gov.aware.review",
                t -> {
                    var tuning = t.rubricSettings.tuning("ce.gov.aware.review");
                    t.rubricSettings.tune(
                            "ce.gov.aware.review",
                            Map.of("minCount", 2, "windowMonths", 12),
                            null,
                            tuning.latestSettingId());
                    return null;
                },
                A,
                D,
                D,
                D);

        // Vetting and its criteria (rubric internals).
        row(all, "vetting", "read", "b", t -> t.vettings.latest(t.b), A, A, A, D);
        row(all, "vetting", "list", "b", t -> t.vettings.vettingsOf(t.b), A, A, A, D);
        row(all, "vetting history", "read", "b", t -> t.vettings.history(t.b), A, A, A, D);
        row(all, "vetting criteria", "list (administration)", "all", t -> t.vettings.allCriteria(), A, D, D, D);
        row(
                all,
                "vetting criterion",
                "update (create)",
                "new",
                t -> t.vettings.createCriterion(CriterionForm.of("Matrix criterion", "Checks nothing")),
                A,
                D,
                D,
                D);

        // Users, invitations and the security log.
        row(all, "user", "list", "all", t -> t.administration.list(), A, D, D, D);
        row(
                all,
                "user",
                "update (reset password)",
                "targetUser",
                t -> t.administration.resetPassword(
                        t.targetUser, t.administration.get(t.targetUser).version()),
                A,
                D,
                D,
                D);
        row(
                all,
                "user",
                "delete (deactivate)",
                "targetUser",
                t -> {
                    t.administration.deactivate(
                            t.targetUser, t.administration.get(t.targetUser).version());
                    return null;
                },
                A,
                D,
                D,
                D);
        row(
                all,
                "partner user",
                "delete (end portal access)",
                "partnerUserB",
                t -> {
                    UserSummary user = t.administrationAsAdmin(t.partnerUserB);
                    t.administration.endPortalAccess(user.id(), user.version());
                    return null;
                },
                A,
                A,
                D,
                D);
        row(all, "portal users", "list", "b", t -> t.accounts.portalUsersOf(t.b), A, A, A, D);
        row(all, "invitation", "update (invite)", "contactB2", t -> t.invitations.invite(t.b, t.contactB2), A, A, D, D);
        row(all, "invitation", "list", "b", t -> t.invitations.ofPartner(t.b), A, A, A, D);
        row(all, "security log", "list", "all", t -> t.securityEvents.recent(10), A, D, D, D);
        return all.stream();
    }

    private static void row(
            List<Case> all,
            String record,
            String path,
            String target,
            Call call,
            Expect admin,
            Expect director,
            Expect staff,
            Expect partner) {
        Expect[] expects = {admin, director, staff, partner};
        Role[] roles = {Role.ADMIN, Role.DIRECTOR, Role.STAFF, Role.PARTNER};
        for (int i = 0; i < roles.length; i++) {
            all.add(new Case(roles[i], record, path, target, expects[i], call, Set.of(), Set.of()));
        }
    }

    /** A portal list or search: the partner user sees only their own; library people are refused. */
    private static void list(
            List<Case> all,
            String record,
            String path,
            Call call,
            Expect partner,
            Set<String> own,
            Set<String> others) {
        for (Role role : new Role[] {Role.ADMIN, Role.DIRECTOR, Role.STAFF}) {
            all.add(new Case(role, record, path, "own organization", Expect.DENIED, call, own, others));
        }
        all.add(new Case(Role.PARTNER, record, path, "own organization", partner, call, own, others));
    }

    // ---- what lists return, as names the cases compare

    Set<String> commitmentNames(Collection<CommitmentSummary> list) {
        return list.stream().map(CommitmentSummary::description).collect(Collectors.toSet());
    }

    Set<String> missionNames(Collection<MissionSummary> list) {
        return list.stream().map(MissionSummary::title).collect(Collectors.toSet());
    }

    Set<String> interactionNotes(Collection<SharedInteraction> list) {
        return list.stream().map(SharedInteraction::notes).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> names(Object result) {
        return (Set<String>) result;
    }

    private Set<String> resolve(Set<String> names) {
        return names.stream().map(n -> n + " " + tag).collect(Collectors.toSet());
    }

    /** The id a case's target names, as the security log writes it. */
    private long id(String target) {
        return switch (target) {
            case "cB" -> cB;
            case "cBGets" -> cBGets;
            case "mB" -> mB;
            case "iB" -> iB;
            case "iAPrivate" -> iAPrivate;
            case "sB" -> sB;
            case "MISSING" -> MISSING;
            default -> throw new IllegalArgumentException(target);
        };
    }

    private UserSummary administrationAsAdmin(long id) {
        return runAs(users.get(Role.ADMIN), Role.ADMIN, () -> administration.get(id));
    }

    // ---- the two organizations

    private long partner(String name) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(PartnerKind.SCIENCE_LEADER);
        form.setStatus(PartnerStatus.ACTIVE);
        return partners.create(form, false);
    }

    private static ContactForm contact(String name) {
        ContactForm form = new ContactForm();
        form.setFullName(name);
        return form;
    }

    private long commitment(long partner, CommitmentDirection direction, String description, long issue) {
        CommitmentForm form = CommitmentForm.startingOn(LocalDate.now(CHICAGO).minusMonths(1));
        form.setPartnerId(partner);
        form.setDirection(direction);
        form.setKind(CommitmentKind.STAFF_TIME);
        form.setDescription(description);
        form.setAmount(BigDecimal.valueOf(4));
        form.setUnit(CommitmentUnit.HOURS_PER_MONTH);
        form.setCommunityIssueId(issue);
        form.setInitialStatus(
                direction == CommitmentDirection.LIBRARY_TO_PARTNER
                        ? CommitmentStatus.PROPOSED
                        : CommitmentStatus.ACTIVE);
        return commitments.create(form);
    }

    private static MissionForm mission(String statement, long issue, long owner, long signatory) {
        MissionForm form = new MissionForm();
        form.setStatement(statement);
        form.setIssueId(issue);
        form.setOwnerId(owner);
        form.setSignatoryPartnerIds(Set.of(signatory));
        return form;
    }

    private static SeriesForm series(String title, long partner, long organizer) {
        var form = new SeriesForm();
        form.setTitle(title);
        form.setPartnerIds(Set.of(partner));
        form.setOrganizerId(organizer);
        form.setStaffIds(Set.of(organizer));
        form.setStartDate(LocalDate.now(CHICAGO).minusMonths(3));
        form.setStartTime(LocalTime.of(10, 0));
        form.setTimeZone(CHICAGO);
        form.setDurationMinutes(60);
        form.setRepeat(Repeat.WEEKLY);
        form.setWeekdays(Set.of(LocalDate.now(CHICAGO).getDayOfWeek()));
        form.setEnding(Ending.NEVER);
        form.setReminderHours(24);
        return form;
    }

    private static InteractionForm meeting(long partner, String notes, boolean shared) {
        InteractionForm form = new InteractionForm();
        form.setKind(InteractionKind.MEETING);
        form.setDate(LocalDate.now(CHICAGO).minusDays(3));
        form.setTime(LocalTime.of(10, 0));
        form.setTimeZone(CHICAGO);
        form.setPartnerIds(Set.of(partner));
        form.setNotes(notes);
        form.setSharedWithPartners(shared);
        return form;
    }

    private <T> T asAdmin(Supplier<T> work) {
        return runAs(users.get(Role.ADMIN) == null ? "matrix.setup" : users.get(Role.ADMIN), Role.ADMIN, work);
    }

    private static <T> T runAs(String username, Role role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
