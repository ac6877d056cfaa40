package org.commonground.commitment;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.history.HistoryEntry;
import org.commonground.history.HistoryService;
import org.commonground.mission.MissionOption;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerKinds;
import org.commonground.partner.PartnerLabel;
import org.commonground.partner.PartnerService;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.ChunkedReads;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.CsvExport;
import org.commonground.shared.InputValidator;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.PartnerKindChanged;
import org.commonground.shared.RecordChanges;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments: recording them, their lifecycle and progress notes, the lists, and the balance of
 * what the library gives and receives. Every change is audited (Envers).
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class CommitmentService {

    private static final String COMMITMENT = "commitment";
    /** Investments made: proposals, lapsed and withdrawn commitments do not count in the balance. */
    private static final Set<CommitmentStatus> IN_FORCE =
            EnumSet.of(CommitmentStatus.ACTIVE, CommitmentStatus.FULFILLED);

    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "startDate").and(Sort.by(Sort.Direction.DESC, "id"));

    private final CommitmentRepository commitments;
    private final PartnerUpdateRepository partnerUpdates;
    private final PartnerService partners;
    private final CommunityIssueService issues;
    private final MissionService missions;
    private final InputValidator validator;
    private final HistoryService history;
    private final Clock clock;
    private final ZoneId libraryZone;
    private final ChunkedReads chunks;
    private final RecordChanges changes;

    CommitmentService(
            CommitmentRepository commitments,
            PartnerUpdateRepository partnerUpdates,
            PartnerService partners,
            CommunityIssueService issues,
            MissionService missions,
            InputValidator validator,
            HistoryService history,
            Clock clock,
            CommonGroundProperties properties,
            ChunkedReads chunks,
            RecordChanges changes) {
        this.changes = changes;
        this.chunks = chunks;
        this.commitments = commitments;
        this.partnerUpdates = partnerUpdates;
        this.missions = missions;
        this.partners = partners;
        this.issues = issues;
        this.validator = validator;
        this.history = history;
        this.clock = clock;
        this.libraryZone = properties.timeZone();
    }

    // ---- recording and editing

    public CommitmentForm newForm(Long partnerId) {
        CommitmentForm form = CommitmentForm.startingOn(today());
        form.setPartnerId(partnerId);
        return form;
    }

    @Transactional
    public long create(CommitmentForm form) {
        check(form, null);
        Commitment commitment = Commitment.from(form, clock.instant());
        deriveKinds(commitment);
        commitments.save(commitment);
        return commitment.getId();
    }

    /** Changes what was committed; the status moves only through {@link #changeStatus}. */
    @Transactional
    public void update(long id, CommitmentForm form) {
        Commitment commitment = find(id);
        if (commitment.getVersion() != form.getVersion()) {
            throw new StaleRecordException(COMMITMENT);
        }
        if (commitment.getStatus().isClosed()) {
            // A closed commitment is evidence of what was given: rewriting it would rewrite past balances.
            throw InvalidInputException.of(
                    "status",
                    "This commitment is "
                            + commitment.getStatus().label().toLowerCase(Locale.ROOT)
                            + " and closed; it cannot be changed. Add a progress note, or record a new commitment.");
        }
        form.setInitialStatus(CommitmentStatus.PROPOSED);
        check(form, commitment.getMissionId());
        commitment.apply(form);
        deriveKinds(commitment);
        flush();
    }

    /** Moves a commitment the user saw at {@code version} along its lifecycle; a forbidden move says why. */
    @Transactional
    public void changeStatus(long id, CommitmentStatus target, long version) {
        Commitment commitment = find(id);
        if (commitment.getVersion() != version) {
            throw new StaleRecordException(COMMITMENT);
        }
        String whyNot = commitment.getStatus().whyNot(target);
        if (whyNot != null) {
            throw InvalidInputException.of("status", whyNot);
        }
        commitment.moveTo(target, clock.instant());
        commitment.derive(libraryZone);
        flush();
    }

    @Transactional
    public void addNote(long id, String text) {
        CommitmentRules.checkNote(text);
        Commitment commitment = find(id);
        commitment.getNotes().add(0, new CommitmentNote(commitment, text.strip()));
        flush();
    }

    public CommitmentForm formFor(long id) {
        return CommitmentForm.of(find(id));
    }

    // ---- reading

    public CommitmentDetails get(long id) {
        Commitment c = find(id);
        String partnerName = partners.namesOf(Set.of(c.getPartnerId()))
                .getOrDefault(c.getPartnerId(), "partner #" + c.getPartnerId());
        String issueName = c.getCommunityIssueId() == null
                ? null
                : issueNames().getOrDefault(c.getCommunityIssueId(), "#" + c.getCommunityIssueId());
        String missionName = c.getMissionId() == null
                ? null
                : missions.namesOf(Set.of(c.getMissionId())).getOrDefault(c.getMissionId(), "#" + c.getMissionId());
        return CommitmentDetails.of(c, partnerName, issueName, c.getMissionId(), missionName);
    }

    /** One page of the commitments list, latest start first. */
    public List<CommitmentSummary> search(CommitmentFilter filter, Pageable pageable) {
        PageRequest page = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                pageable.getSort().isSorted() ? pageable.getSort().and(NEWEST_FIRST) : NEWEST_FIRST);
        return summaries(commitments
                .findAll(CommitmentSpecifications.matching(filter, today()), page)
                .getContent());
    }

    public static final List<String> EXPORT_HEADER = List.of(
            "id",
            "from",
            "to",
            "partner id",
            "partner",
            "kind",
            "description",
            "amount",
            "unit",
            "start date",
            "end date",
            "status",
            "overdue",
            "acknowledged",
            "community issue",
            "shared mission");

    /**
     * The commitments the list shows with this filter, latest start first, as CSV
     * (see {@link org.commonground.shared.CsvExport}), read a chunk at a time from where the last chunk ended.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long export(CommitmentFilter filter, OutputStream out) {
        LocalDate today = today();
        Map<Long, String> issueNames = issueNames();
        var csv = CsvExport.to(out, EXPORT_HEADER);
        LocalDate[] lastStart = new LocalDate[1];
        long[] lastId = {Long.MAX_VALUE};
        int chunk = chunks.size();
        int read;
        do {
            List<Object[]> rows = chunks.read(() -> {
                Specification<Commitment> spec = CommitmentSpecifications.matching(filter, today);
                if (lastStart[0] != null) {
                    LocalDate at = lastStart[0];
                    long id = lastId[0];
                    spec = spec.and((root, query, cb) -> cb.and(
                            cb.lessThanOrEqualTo(root.get("startDate"), at),
                            cb.or(cb.lessThan(root.get("startDate"), at), cb.lessThan(root.get("id"), id))));
                }
                List<Commitment> found = commitments.findBy(
                        spec, q -> q.sortBy(NEWEST_FIRST).limit(chunk).all());
                if (!found.isEmpty()) {
                    lastStart[0] = found.get(found.size() - 1).getStartDate();
                    lastId[0] = found.get(found.size() - 1).getId();
                }
                Map<Long, String> names = partners.namesOf(
                        found.stream().map(Commitment::getPartnerId).collect(Collectors.toSet()));
                Set<Long> missionIds = found.stream()
                        .map(Commitment::getMissionId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet());
                Map<Long, String> missionNames = missionIds.isEmpty() ? Map.of() : missions.namesOf(missionIds);
                return found.stream()
                        .map(c -> {
                            CommitmentSummary row = CommitmentSummary.of(
                                    c, names.getOrDefault(c.getPartnerId(), "#" + c.getPartnerId()), today);
                            boolean fromLibrary = c.getDirection() == CommitmentDirection.LIBRARY_TO_PARTNER;
                            return new Object[] {
                                c.getId(),
                                fromLibrary ? "Library" : row.partnerName(),
                                fromLibrary ? row.partnerName() : "Library",
                                c.getPartnerId(),
                                row.partnerName(),
                                c.getKind().label(),
                                c.getDescription(),
                                c.getAmount(),
                                c.getUnit() == null ? null : c.getUnit().label(),
                                c.getStartDate(),
                                c.getEndDate(),
                                c.getStatus().label(),
                                row.overdue() ? "yes" : "no",
                                row.acknowledged() ? "yes" : "no",
                                c.getCommunityIssueId() == null ? null : issueNames.get(c.getCommunityIssueId()),
                                c.getMissionId() == null ? null : missionNames.get(c.getMissionId())
                            };
                        })
                        .toList();
            });
            rows.forEach(csv::row);
            csv.flush();
            read = rows.size();
        } while (read == chunk);
        csv.close();
        return csv.rows();
    }

    public long count(CommitmentFilter filter) {
        return commitments.count(CommitmentSpecifications.matching(filter, today()));
    }

    /**
     * Open commitments ending within 30 days or already past their end, earliest end first (so overdue
     * first), at most {@code limit}; {@link #count} with {@link DueWindow#OVERDUE_OR_NEXT_30_DAYS} says how many.
     */
    public List<CommitmentSummary> dueSoon(int limit) {
        CommitmentFilter due =
                new CommitmentFilter(null, null, null, null, DueWindow.OVERDUE_OR_NEXT_30_DAYS, null, null);
        return summaries(commitments
                .findAll(
                        CommitmentSpecifications.matching(due, today()),
                        PageRequest.of(0, limit, Sort.by("endDate", "id")))
                .getContent());
    }

    public List<HistoryEntry> history(long id) {
        Map<Long, String> issueNames = issueNames();
        // Each revision names its partner and mission: look each up once, not once per revision.
        Map<Long, String> partnerNames = new HashMap<>();
        Map<Long, String> missionNames = new HashMap<>();
        Function<Long, String> partnerName = pid -> partnerNames.computeIfAbsent(
                pid, k -> partners.namesOf(Set.of(k)).getOrDefault(k, "#" + k));
        Function<Long, String> missionName = mid -> missionNames.computeIfAbsent(
                mid, k -> missions.namesOf(Set.of(k)).getOrDefault(k, "#" + k));
        List<HistoryEntry> all = new ArrayList<>(history.of(
                Commitment.class,
                id,
                c -> "Commitment “" + c.getDescription() + "”",
                CommitmentHistory.fields(partnerName, issueNames, missionName)));
        all.addAll(history.ofRelated(
                CommitmentNote.class, COMMITMENT, id, n -> "Progress note", CommitmentHistory.noteFields()));
        all.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return all;
    }

    /**
     * What partner users changed in the last {@code days} days (acknowledgements, status moves, notes), newest
     * first, at most {@code limit}: highlighted on the staff's home pages.
     */
    public List<PartnerUpdateItem> partnerUpdates(int days, int limit) {
        List<PartnerUpdate> found = partnerUpdates.findByAtAfterOrderByAtDescIdDesc(
                clock.instant().minus(Duration.ofDays(days)), PageRequest.of(0, limit));
        Map<Long, String> partnerNames =
                partners.namesOf(found.stream().map(PartnerUpdate::getPartnerId).collect(Collectors.toSet()));
        Map<Long, String> descriptions = new HashMap<>();
        commitments
                .findAllById(found.stream().map(PartnerUpdate::getCommitmentId).collect(Collectors.toSet()))
                .forEach(c -> descriptions.put(c.getId(), c.getDescription()));
        return found.stream()
                .map(u -> new PartnerUpdateItem(
                        u.getId(),
                        u.getAt(),
                        u.getDisplayName(),
                        u.getPartnerId(),
                        partnerNames.getOrDefault(u.getPartnerId(), "#" + u.getPartnerId()),
                        u.getCommitmentId(),
                        descriptions.getOrDefault(u.getCommitmentId(), "#" + u.getCommitmentId()),
                        u.getAction()))
                .toList();
    }

    public List<CommunityIssueSummary> communityIssues() {
        return issues.all();
    }

    public List<MissionOption> missionsById(Set<Long> ids) {
        return List.copyOf(missions.optionsById(ids).values());
    }

    /** The missions a commitment can serve: drafts and adopted ones. */
    public List<MissionOption> missionChoices() {
        return missions.taggable();
    }

    // ---- balance

    /**
     * What the library gives and receives over the period by kind and unit: per partner kind and, for
     * the first 50 partners by name, per partner (the rest page by page through {@link #balanceByPartner});
     * with a partner, just that partner's. Sums stay within a unit.
     */
    public Balance balance(LocalDate from, LocalDate to, Long partnerId) {
        checkPeriod(from, to);
        if (partnerId != null) {
            List<PartnerLabel> one =
                    List.copyOf(partners.labelsOf(Set.of(partnerId)).values());
            List<Balance.PartnerBalance> lines = partnerBalances(one, from, to);
            Sums byKind = new Sums();
            lines.forEach(
                    p -> p.lines().forEach(l -> byKind.add(one.getFirst().kind().label(), l)));
            return new Balance(from, to, byKind.lines(), lines);
        }
        Sums byKind = new Sums();
        for (KindSum sum : commitments.balanceByPartnerKind(from, to, IN_FORCE)) {
            byKind.add(
                    sum.partnerKind().label(),
                    sum.kind(),
                    sum.unit(),
                    sum.direction(),
                    sum.amount(),
                    sum.commitments());
        }
        return new Balance(from, to, byKind.lines(), balanceByPartner(from, to, PageRequest.of(0, 50)));
    }

    /** One page of partners (by name) with commitments in force during the period, each with its lines. */
    public List<Balance.PartnerBalance> balanceByPartner(LocalDate from, LocalDate to, Pageable page) {
        checkPeriod(from, to);
        return partnerBalances(
                commitments.partnersInForce(
                        from, to, IN_FORCE, PageRequest.of(page.getPageNumber(), page.getPageSize())),
                from,
                to);
    }

    private List<Balance.PartnerBalance> partnerBalances(List<PartnerLabel> labels, LocalDate from, LocalDate to) {
        if (labels.isEmpty()) {
            return List.of();
        }
        Map<Long, Sums> byPartner = new LinkedHashMap<>();
        labels.forEach(l -> byPartner.put(l.id(), new Sums()));
        for (BalanceSum sum : commitments.balanceOfPartners(byPartner.keySet(), from, to, IN_FORCE)) {
            byPartner
                    .get(sum.partnerId())
                    .add("", sum.kind(), sum.unit(), sum.direction(), sum.amount(), sum.commitments());
        }
        return labels.stream()
                .map(l -> new Balance.PartnerBalance(
                        l.id(),
                        l.name(),
                        byPartner.get(l.id()).lines().stream()
                                .map(line -> line.inGroup(l.name()))
                                .toList()))
                .toList();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", "Choose the start and end of the period.");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "The period ends before it starts. Choose a later end date.");
        }
    }

    /** Adds amounts up per group, kind and unit, the library's giving and receiving apart. */
    private static final class Sums {

        private record Key(String group, CommitmentKind kind, CommitmentUnit unit) {}

        private final Map<Key, BigDecimal[]> amounts = new LinkedHashMap<>();
        private final Map<Key, Long> counts = new LinkedHashMap<>();

        void add(String group, BalanceLine line) {
            add(group, line.kind(), line.unit(), CommitmentDirection.LIBRARY_TO_PARTNER, line.libraryGives(), 0);
            add(
                    group,
                    line.kind(),
                    line.unit(),
                    CommitmentDirection.PARTNER_TO_LIBRARY,
                    line.libraryReceives(),
                    line.commitments());
        }

        void add(
                String group,
                CommitmentKind kind,
                CommitmentUnit unit,
                CommitmentDirection direction,
                BigDecimal amount,
                long commitments) {
            Key key = new Key(group, kind, unit);
            BigDecimal[] pair = amounts.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int side = direction == CommitmentDirection.LIBRARY_TO_PARTNER ? 0 : 1;
            pair[side] = pair[side].add(amount);
            counts.merge(key, commitments, Long::sum);
        }

        /** By partner kind (in the kinds' order), then kind, then unit. */
        List<BalanceLine> lines() {
            return amounts.entrySet().stream()
                    .map(e -> new BalanceLine(
                            e.getKey().group(),
                            e.getKey().kind(),
                            e.getKey().unit(),
                            e.getValue()[0],
                            e.getValue()[1],
                            counts.get(e.getKey())))
                    .sorted(Comparator.comparing((BalanceLine l) -> partnerKindOrder(l.group()))
                            .thenComparing(BalanceLine::kind)
                            .thenComparing(BalanceLine::unit))
                    .toList();
        }
    }

    private static int partnerKindOrder(String label) {
        for (PartnerKind kind : PartnerKind.values()) {
            if (kind.label().equals(label)) {
                return kind.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    // ---- helpers

    /** @param missionBefore the mission the commitment served before this edit (it may stay, even retired) */
    private void check(CommitmentForm form, Long missionBefore) {
        boolean partnerExists = form.getPartnerId() == null
                || !partners.namesOf(Set.of(form.getPartnerId())).isEmpty();
        Set<Long> issueIds = issueNames().keySet();
        MissionOption mission = form.getMissionId() == null
                ? null
                : missions.optionsById(Set.of(form.getMissionId())).get(form.getMissionId());
        if (mission != null
                && mission.status() == MissionStatus.RETIRED
                && !form.getMissionId().equals(missionBefore)) {
            throw InvalidInputException.of(
                    "missionId",
                    "“" + mission.title() + "” is retired; a new commitment "
                            + "cannot serve it. Choose an adopted or draft mission, or none.");
        }
        CommitmentRules.check(form, partnerExists, form.getMissionId() == null || mission != null, issueIds, validator);
    }

    private void deriveKinds(Commitment commitment) {
        PartnerKinds kinds = partners.kindsOf(commitment.getPartnerId());
        commitment.derive(kinds.kind(), kinds.governmentKind(), libraryZone);
    }

    /** A partner changed kind: its commitments are counted under the new one. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("permitAll()")
    public void on(PartnerKindChanged event) {
        PartnerKinds kinds = partners.kindsOf(event.partnerId());
        commitments.updatePartnerKinds(event.partnerId(), kinds.kind(), kinds.governmentKind());
        changes.touched("commitment"); // a bulk update: no entity event reports it
    }

    private List<CommitmentSummary> summaries(List<Commitment> found) {
        Set<Long> partnerIds = found.stream().map(Commitment::getPartnerId).collect(Collectors.toSet());
        Map<Long, String> names = partners.namesOf(partnerIds);
        LocalDate today = today();
        return found.stream()
                .map(c -> CommitmentSummary.of(c, names.getOrDefault(c.getPartnerId(), "#" + c.getPartnerId()), today))
                .toList();
    }

    private Map<Long, String> issueNames() {
        return issues.all().stream().collect(Collectors.toMap(CommunityIssueSummary::id, CommunityIssueSummary::name));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(libraryZone));
    }

    private Commitment find(long id) {
        return commitments.findById(id).orElseThrow(() -> new RecordNotFoundException(COMMITMENT, id));
    }

    private void flush() {
        try {
            commitments.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(COMMITMENT);
        }
    }
}
