package org.commonground.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.commonground.commitment.CommitmentDetails;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentSummary;
import org.commonground.commitment.PortalCommitmentService;
import org.commonground.interaction.InteractionDetails;
import org.commonground.interaction.InteractionFilter;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.Named;
import org.commonground.interaction.PortalInteractionService;
import org.commonground.interaction.SharedInteraction;
import org.commonground.interaction.Topic;
import org.commonground.mission.MissionDetails;
import org.commonground.mission.MissionFilter;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.mission.MissionSummary;
import org.commonground.mission.PortalMissionService;
import org.commonground.mission.Signatory;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.rubric.Dashboard;
import org.commonground.rubric.RubricService;
import org.commonground.schedule.OccurrenceItem;
import org.commonground.schedule.PartnerCheckIn;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.SeriesDetails;
import org.commonground.schedule.SeriesSummary;
import org.commonground.security.CurrentUser;
import org.commonground.security.Role;
import org.commonground.security.SecurityEvents;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API, {@code /api/v1/…}: JSON, paged, read-only, signed in by a personal API token (see
 * {@code security.ApiSecurityConfig}). It holds no rules of its own: every call goes to the feature services
 * as the token's owner, so the owner's access rules hold — a library person reads what the library's pages
 * show; a partner user reads through the partner-scoped services only what their organization's portal shows,
 * and anything else is 404, as for a record that does not exist (and the attempt is in the security log).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ReadApiController {

    static final int MAX_SIZE = 200;
    /** An occurrence nobody has marked yet (held, missed, cancelled). */
    static final String SCHEDULED = "SCHEDULED";

    private static final int PARTNER_INTERACTIONS_MAX = 1_000;

    private final Clock clock;
    private final PartnerService partners;
    private final InteractionService interactions;
    private final PortalInteractionService portalInteractions;
    private final CommitmentService commitments;
    private final PortalCommitmentService portalCommitments;
    private final MissionService missions;
    private final PortalMissionService portalMissions;
    private final ScheduleService schedule;
    private final RubricService rubric;
    private final CurrentUser currentUser;
    private final SecurityEvents securityEvents;

    ReadApiController(
            PartnerService partners,
            InteractionService interactions,
            PortalInteractionService portalInteractions,
            CommitmentService commitments,
            PortalCommitmentService portalCommitments,
            MissionService missions,
            PortalMissionService portalMissions,
            ScheduleService schedule,
            RubricService rubric,
            CurrentUser currentUser,
            SecurityEvents securityEvents,
            Clock clock) {
        this.clock = clock;
        this.partners = partners;
        this.interactions = interactions;
        this.portalInteractions = portalInteractions;
        this.commitments = commitments;
        this.portalCommitments = portalCommitments;
        this.missions = missions;
        this.portalMissions = portalMissions;
        this.schedule = schedule;
        this.rubric = rubric;
        this.currentUser = currentUser;
        this.securityEvents = securityEvents;
    }

    // ---- partners

    @GetMapping("/partners")
    ApiPage<ApiJson.Partner> partners(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String search,
            @RequestParam(required = false) PartnerKind kind,
            @RequestParam(required = false) PartnerStatus status) {
        check(page, size);
        if (isPartner()) {
            // A partner user's directory is their own organization.
            long mine = currentUser.requirePartnerId();
            return ApiPage.slice(
                    page,
                    size,
                    List.of(new ApiJson.Partner(mine, partners.ownOrganizationName(), null, null, null, null, null)));
        }
        return ApiPage.of(
                page,
                size,
                partners.search(new PartnerFilter(search, kind, null, status, null), pageOf(page, size)).stream()
                        .map(p -> new ApiJson.Partner(
                                p.id(),
                                p.name(),
                                p.kind().name(),
                                p.governmentKind() == null
                                        ? null
                                        : p.governmentKind().name(),
                                p.status().name(),
                                p.relationshipOwner(),
                                p.lastContactAt()))
                        .toList());
    }

    @GetMapping("/partners/{id}")
    Object partner(@PathVariable long id) {
        if (isPartner()) {
            long mine = currentUser.requirePartnerId();
            if (id != mine) {
                securityEvents.refused("partner", id, false);
                throw new RecordNotFoundException("partner", id);
            }
            return new ApiJson.Partner(mine, partners.ownOrganizationName(), null, null, null, null, null);
        }
        PartnerDetails p = partners.get(id);
        return new ApiJson.PartnerDetail(
                p.id(),
                p.name(),
                p.kind().name(),
                p.governmentKind() == null ? null : p.governmentKind().name(),
                p.status().name(),
                p.missionAndGoals(),
                p.communitiesServed(),
                p.website(),
                p.relationshipOwner(),
                p.lastContactAt(),
                p.contacts().stream()
                        .map(c -> new ApiJson.Contact(c.id(), c.fullName(), c.title(), c.email(), c.phone()))
                        .toList(),
                p.updatedAt());
    }

    // ---- interactions

    @GetMapping("/interactions")
    ApiPage<ApiJson.Interaction> interactions(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) InteractionKind kind,
            @RequestParam(required = false) Long partnerId,
            @RequestParam(required = false) String text) {
        check(page, size);
        if (isPartner()) {
            int wanted = (int) Math.min((long) (page + 1) * size + 1, PARTNER_INTERACTIONS_MAX);
            return ApiPage.slice(
                    page,
                    size,
                    portalInteractions.sharedWithMyOrganization(text, wanted).stream()
                            .map(ReadApiController::shared)
                            .toList());
        }
        return ApiPage.of(
                page,
                size,
                interactions
                        .search(
                                new InteractionFilter(from, to, null, partnerId, null, kind, null, text),
                                pageOf(page, size))
                        .stream()
                        .map(i -> new ApiJson.Interaction(
                                i.id(),
                                i.kind().name(),
                                i.at().toOffsetDateTime(),
                                i.at().getZone().getId(),
                                i.initiatedBy() == null ? null : i.initiatedBy().name(),
                                i.partners(),
                                i.topics(),
                                i.excerpt(),
                                i.openFollowUps()))
                        .toList());
    }

    @GetMapping("/interactions/{id}")
    Object interaction(@PathVariable long id) {
        if (isPartner()) {
            SharedInteraction s = portalInteractions.get(id);
            return new ApiJson.InteractionDetail(
                    s.id(),
                    s.kind().name(),
                    s.at().toOffsetDateTime(),
                    s.at().getZone().getId(),
                    null,
                    null,
                    null,
                    s.libraryStaff(),
                    s.topics(),
                    null,
                    s.notes(),
                    null,
                    null);
        }
        InteractionDetails i = interactions.get(id);
        return new ApiJson.InteractionDetail(
                i.id(),
                i.kind().name(),
                i.at().toOffsetDateTime(),
                i.at().getZone().getId(),
                i.initiatedBy() == null ? null : i.initiatedBy().name(),
                names(i.partners()),
                names(i.contacts()),
                names(i.staff()),
                i.topics().stream().map(Topic::label).toList(),
                names(i.missions()),
                i.notes(),
                i.sharedWithPartners(),
                i.followUps().stream()
                        .map(f -> new ApiJson.FollowUp(f.id(), f.description(), f.owner(), f.dueDate(), f.done()))
                        .toList());
    }

    // ---- commitments

    @GetMapping("/commitments")
    ApiPage<ApiJson.Commitment> commitments(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) Long partnerId,
            @RequestParam(required = false) CommitmentStatus status,
            @RequestParam(required = false) CommitmentDirection direction) {
        check(page, size);
        if (isPartner()) {
            return ApiPage.slice(
                    page,
                    size,
                    portalCommitments.ofMyOrganization(null).stream()
                            .filter(c -> status == null || c.status() == status)
                            .filter(c -> direction == null || c.direction() == direction)
                            .map(ReadApiController::commitment)
                            .toList());
        }
        return ApiPage.of(
                page,
                size,
                commitments
                        .search(
                                new CommitmentFilter(direction, null, status, null, null, partnerId, null),
                                pageOf(page, size))
                        .stream()
                        .map(ReadApiController::commitment)
                        .toList());
    }

    @GetMapping("/commitments/{id}")
    ApiJson.CommitmentDetail commitment(@PathVariable long id) {
        CommitmentDetails c = isPartner() ? portalCommitments.get(id) : commitments.get(id);
        return new ApiJson.CommitmentDetail(
                c.id(),
                c.direction().name(),
                c.partnerId(),
                c.partnerName(),
                c.kind().name(),
                c.description(),
                c.amount(),
                c.unit() == null ? null : c.unit().name(),
                c.startDate(),
                c.endDate(),
                c.status().name(),
                c.communityIssueName(),
                c.missionId(),
                c.missionName(),
                c.acknowledgedAt(),
                c.notes().stream().map(CommitmentDetails.ProgressNote::text).toList());
    }

    // ---- shared missions

    @GetMapping("/missions")
    ApiPage<ApiJson.Mission> missions(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) Long partnerId,
            @RequestParam(required = false) MissionStatus status,
            @RequestParam(required = false) String text) {
        check(page, size);
        if (isPartner()) {
            return ApiPage.slice(
                    page,
                    size,
                    portalMissions.ofMyOrganization(text).stream()
                            .filter(m -> status == null || m.status() == status)
                            .map(ReadApiController::mission)
                            .toList());
        }
        return ApiPage.of(
                page,
                size,
                missions.search(new MissionFilter(status, null, partnerId, text), pageOf(page, size)).stream()
                        .map(ReadApiController::mission)
                        .toList());
    }

    @GetMapping("/missions/{id}")
    ApiJson.MissionDetail mission(@PathVariable long id) {
        MissionDetails m = isPartner() ? portalMissions.get(id) : missions.get(id);
        return new ApiJson.MissionDetail(
                m.id(),
                m.statement(),
                m.issue(),
                m.status().name(),
                m.adoptionDate(),
                m.signatories().stream().map(Signatory::name).toList(),
                m.owner(),
                m.measures().stream()
                        .map(x -> new ApiJson.Measure(
                                x.id(),
                                x.name(),
                                x.unit(),
                                x.direction().name(),
                                x.targetValue(),
                                x.targetDate(),
                                x.measurements().stream()
                                        .map(v -> new ApiJson.Measurement(v.date(), v.value()))
                                        .toList()))
                        .toList());
    }

    // ---- recurring check-ins

    @GetMapping("/series")
    ApiPage<ApiJson.Series> series(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        check(page, size);
        if (isPartner()) {
            return ApiPage.slice(
                    page,
                    size,
                    schedule.mySeries().stream().map(ReadApiController::series).toList());
        }
        return ApiPage.of(
                page,
                size,
                schedule.allSeries(pageOf(page, size)).stream()
                        .map(ReadApiController::series)
                        .toList());
    }

    @GetMapping("/series/{id}")
    ApiJson.Series oneSeries(@PathVariable long id) {
        if (isPartner()) {
            // Refused and logged by the service when the series is not the organization's.
            Instant now = clock.instant();
            schedule.myCheckIns(id, now, now.plusSeconds(1));
            return schedule.mySeries().stream()
                    .filter(s -> s.id() == id)
                    .findFirst()
                    .map(ReadApiController::series)
                    .orElseThrow(() -> new RecordNotFoundException("series", id));
        }
        SeriesDetails s = schedule.get(id);
        return new ApiJson.Series(
                s.id(),
                s.title(),
                s.sentence(),
                offset(s.nextStart()),
                s.last12Months().percent());
    }

    /** A series' occurrences starting in [from, to) (days in the library's time zone; default: 90 days back and ahead). */
    @GetMapping("/series/{id}/occurrences")
    List<ApiJson.Occurrence> occurrences(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var zone = schedule.libraryZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant start =
                (from == null ? today.minusDays(90) : from).atStartOfDay(zone).toInstant();
        Instant end = (to == null ? today.plusDays(91) : to.plusDays(1))
                .atStartOfDay(zone)
                .toInstant();
        if (!end.isAfter(start)) {
            throw InvalidInputException.of("to", "The end must not be before the start.");
        }
        if (isPartner()) {
            return schedule.myCheckIns(id, start, end).stream()
                    .map(ReadApiController::occurrence)
                    .toList();
        }
        return schedule.occurrences(id, start, end).stream()
                .map(ReadApiController::occurrence)
                .toList();
    }

    // ---- the rubric

    /** Every strand's score as of a day (today by default), computed from the records as the dashboard does. */
    @GetMapping("/rubric/scores")
    ApiJson.RubricScores scores(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Dashboard dashboard = rubric.dashboard(asOf == null ? rubric.today() : asOf);
        return new ApiJson.RubricScores(
                dashboard.asOf(),
                dashboard.strands().stream()
                        .map(c -> new ApiJson.StrandScore(
                                c.strand().key(),
                                c.strand().title(),
                                c.strand().areaTitle(),
                                c.now().score(),
                                c.now().stage().name(),
                                c.now().aware(),
                                c.now().intentional(),
                                c.now().purposeful()))
                        .toList());
    }

    // ---- helpers

    private boolean isPartner() {
        return currentUser.hasRole(Role.PARTNER);
    }

    private static void check(int page, int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "The page counts from 0.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "A page holds 1 to " + MAX_SIZE + " items.");
        }
    }

    private static PageRequest pageOf(int page, int size) {
        return PageRequest.of(page, size);
    }

    private static List<String> names(List<Named> named) {
        return named.stream().map(Named::name).toList();
    }

    private static OffsetDateTime offset(ZonedDateTime at) {
        return at == null ? null : at.toOffsetDateTime();
    }

    private static ApiJson.Interaction shared(SharedInteraction s) {
        return new ApiJson.Interaction(
                s.id(),
                s.kind().name(),
                s.at().toOffsetDateTime(),
                s.at().getZone().getId(),
                null,
                null,
                s.topics(),
                s.excerpt(),
                null);
    }

    private static ApiJson.Commitment commitment(CommitmentSummary c) {
        return new ApiJson.Commitment(
                c.id(),
                c.direction().name(),
                c.partnerId(),
                c.partnerName(),
                c.kind().name(),
                c.description(),
                c.amount(),
                c.unit() == null ? null : c.unit().name(),
                c.startDate(),
                c.endDate(),
                c.status().name(),
                c.overdue(),
                c.acknowledged());
    }

    private static ApiJson.Mission mission(MissionSummary m) {
        return new ApiJson.Mission(
                m.id(), m.title(), m.issue(), m.status().name(), m.adoptionDate(), m.signatories(), m.owner());
    }

    private static ApiJson.Series series(SeriesSummary s) {
        return new ApiJson.Series(
                s.id(),
                s.title(),
                s.sentence(),
                offset(s.next()),
                s.last12Months() == null ? null : s.last12Months().percent());
    }

    private static ApiJson.Occurrence occurrence(OccurrenceItem o) {
        return new ApiJson.Occurrence(
                o.seriesId(),
                o.seriesTitle(),
                o.start().toOffsetDateTime(),
                o.end().toOffsetDateTime(),
                o.start().getZone().getId(),
                o.status() == null ? SCHEDULED : o.status().name(),
                o.moved(),
                o.location());
    }

    private static ApiJson.Occurrence occurrence(PartnerCheckIn c) {
        return new ApiJson.Occurrence(
                c.seriesId(),
                c.title(),
                c.start().toOffsetDateTime(),
                c.end().toOffsetDateTime(),
                c.start().getZone().getId(),
                c.status() == null ? SCHEDULED : c.status().name(),
                c.moved(),
                c.location());
    }
}
