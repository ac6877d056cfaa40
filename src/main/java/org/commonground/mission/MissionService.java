package org.commonground.mission;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.history.HistoryEntry;
import org.commonground.history.HistoryService;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.PartnerService;
import org.commonground.security.Account;
import org.commonground.security.CurrentUser;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.security.StaffMember;
import org.commonground.security.UserAccountService;
import org.commonground.shared.ChunkedReads;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.CsvExport;
import org.commonground.shared.Formats;
import org.commonground.shared.InputValidator;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared missions: statements the library and its partners sign about a community issue, their
 * life (draft → adopted → retired), and their evaluation measures with dated measurements. Every
 * change is audited (Envers) and shown as the mission's history.
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class MissionService {

    private static final String MISSION = "shared mission";
    private static final String MEASURE = "measure";
    private static final String MEASUREMENT = "measurement";
    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id"));

    private final MissionRepository missions;
    private final MeasureRepository measures;
    private final MeasurementRepository measurements;
    private final PartnerService partners;
    private final CommunityIssueService issues;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final HistoryService history;
    private final MeasureReader measureReader;
    private final Clock clock;
    private final ZoneId libraryZone;
    private final ChunkedReads chunks;

    MissionService(
            MissionRepository missions,
            MeasureRepository measures,
            MeasurementRepository measurements,
            PartnerService partners,
            CommunityIssueService issues,
            UserAccountService accounts,
            CurrentUser currentUser,
            InputValidator validator,
            HistoryService history,
            MeasureReader measureReader,
            Clock clock,
            CommonGroundProperties properties,
            ChunkedReads chunks) {
        this.chunks = chunks;
        this.measureReader = measureReader;
        this.missions = missions;
        this.measures = measures;
        this.measurements = measurements;
        this.partners = partners;
        this.issues = issues;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.history = history;
        this.clock = clock;
        this.libraryZone = properties.timeZone();
    }

    // ---- missions

    /** A blank form owned by the signed-in person, optionally with one signatory already chosen. */
    public MissionForm newForm(Long partnerId) {
        MissionForm form = new MissionForm();
        form.setOwnerId(currentUser.account().map(Account::id).orElse(null));
        if (partnerId != null) {
            form.getSignatoryPartnerIds().add(partnerId);
        }
        return form;
    }

    /** Creates a draft mission. */
    @Transactional
    public long create(MissionForm form) {
        check(form, null);
        SharedMission mission = SharedMission.from(form);
        return missions.save(mission).getId();
    }

    @Transactional
    public void update(long id, MissionForm form) {
        SharedMission mission = find(id);
        if (mission.getVersion() != form.getVersion()) {
            throw new StaleRecordException(MISSION);
        }
        check(form, mission);
        mission.apply(form);
        flush(MISSION);
    }

    public MissionForm formFor(long id) {
        return MissionForm.of(find(id));
    }

    /** Draft → adopted, on the given date (today if none is given). */
    @Transactional
    public void adopt(long id, LocalDate adoptionDate, long version) {
        SharedMission mission = findAt(id, version);
        switch (mission.getStatus()) {
            case ADOPTED -> throw InvalidInputException.of("status", "This mission is already adopted.");
            case RETIRED -> throw InvalidInputException.of("status", "A retired mission cannot be adopted again.");
            case DRAFT -> {}
        }
        LocalDate date = adoptionDate == null ? today() : adoptionDate;
        Map<String, String> problems = new LinkedHashMap<>();
        MissionRules.checkAdoptionDate(date, today(), measurements.firstDate(id).orElse(null), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        mission.adopt(date);
        flush(MISSION);
    }

    /** Adopted → retired: the mission is over; its record and measures stay. */
    @Transactional
    public void retire(long id, long version) {
        SharedMission mission = findAt(id, version);
        switch (mission.getStatus()) {
            case DRAFT ->
                throw InvalidInputException.of(
                        "status",
                        "A draft mission cannot be retired: only an adopted mission can. Adopt it first, or leave it "
                                + "as a draft.");
            case RETIRED -> throw InvalidInputException.of("status", "This mission is already retired.");
            case ADOPTED -> {}
        }
        mission.retire(today());
        flush(MISSION);
    }

    public MissionDetails get(long id) {
        SharedMission m = find(id);
        Map<Long, String> issueNames = issueNames();
        List<Signatory> signatories = signatories(m.getSignatoryPartnerIds());
        String owner =
                accounts.findStaff(m.getOwnerId()).map(StaffMember::displayName).orElse("user #" + m.getOwnerId());
        List<MeasureDetails> measureList = measureReader.of(id);
        return new MissionDetails(
                id,
                m.getStatement(),
                m.getIssueId(),
                issueNames.getOrDefault(m.getIssueId(), "#" + m.getIssueId()),
                m.getStatus(),
                m.getAdoptionDate(),
                startsOn(m),
                signatories,
                m.getOwnerId(),
                owner,
                measureList,
                m.getVersion(),
                m.getCreatedAt(),
                m.getCreatedBy(),
                m.getUpdatedAt(),
                m.getUpdatedBy());
    }

    /** One page of the list, most recently changed first. */
    public List<MissionSummary> search(MissionFilter filter, Pageable pageable) {
        PageRequest page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        List<SharedMission> found = missions.findBy(MissionSpecifications.matching(filter), q -> q.slice(page))
                .getContent();
        return summaries(found);
    }

    public static final List<String> EXPORT_HEADER =
            List.of("id", "mission", "statement", "community issue", "status", "adopted", "signatories", "owner");

    /** The missions the list shows with this filter, most recently changed first, as CSV, a chunk at a time. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long export(MissionFilter filter, OutputStream out) {
        var csv = CsvExport.to(out, EXPORT_HEADER);
        int chunk = chunks.size();
        for (int number = 0; ; number++) {
            PageRequest page = PageRequest.of(number, chunk, NEWEST_FIRST);
            List<Object[]> rows = chunks.read(() -> {
                List<SharedMission> found = missions.findBy(MissionSpecifications.matching(filter), q -> q.slice(page))
                        .getContent();
                List<MissionSummary> summaries = summaries(found);
                List<Object[]> out2 = new ArrayList<>();
                for (int i = 0; i < found.size(); i++) {
                    MissionSummary m = summaries.get(i);
                    out2.add(new Object[] {
                        m.id(),
                        m.title(),
                        found.get(i).getStatement(),
                        m.issue(),
                        m.status().label(),
                        m.adoptionDate(),
                        m.signatories(),
                        m.owner()
                    });
                }
                return out2;
            });
            rows.forEach(csv::row);
            csv.flush();
            if (rows.size() < chunk) {
                break;
            }
        }
        csv.close();
        return csv.rows();
    }

    public long count(MissionFilter filter) {
        return missions.count(MissionSpecifications.matching(filter));
    }

    /** The missions a partner signed: for the partner page. */
    public List<MissionSummary> ofPartner(long partnerId) {
        return summaries(missions.withSignatory(partnerId));
    }

    /** Every change to the mission, its measures and their measurements, newest first. */
    public List<HistoryEntry> history(long id) {
        SharedMission current = find(id);
        Map<Long, StaffMember> staff = accounts.staffById();
        List<HistoryEntry> all = new ArrayList<>(history.of(
                SharedMission.class,
                id,
                m -> "Shared mission",
                MissionHistory.missionFields(new LazyNames(partners), issueNames(), staff)));
        all.addAll(history.ofRelated(
                EvaluationMeasure.class,
                "mission",
                id,
                m -> "Measure “" + m.getName() + "”",
                MissionHistory.measureFields()));
        for (EvaluationMeasure measure : measures.findByMissionIdOrderById(current.getId())) {
            all.addAll(history.ofRelated(
                    Measurement.class,
                    "measure",
                    measure.getId(),
                    x -> "Measurement of “" + measure.getName() + "”",
                    MissionHistory.measurementFields()));
        }
        all.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return all;
    }

    // ---- measures and measurements

    @Transactional
    public long addMeasure(long missionId, MeasureForm form) {
        SharedMission mission = find(missionId);
        checkMeasure(form, mission);
        EvaluationMeasure measure = new EvaluationMeasure(mission);
        measure.apply(form);
        return measures.save(measure).getId();
    }

    @Transactional
    public void updateMeasure(long measureId, MeasureForm form) {
        EvaluationMeasure measure = findMeasure(measureId);
        if (measure.getVersion() != form.getVersion()) {
            throw new StaleRecordException(MEASURE);
        }
        checkMeasure(form, measure.getMission());
        measure.apply(form);
        flush(MEASURE);
    }

    public MeasureForm measureFormFor(long measureId) {
        return MeasureForm.of(findMeasure(measureId));
    }

    @Transactional
    public long addMeasurement(long measureId, MeasurementForm form) {
        EvaluationMeasure measure = findMeasure(measureId);
        checkMeasurement(form, measure);
        Measurement measurement = new Measurement(measure);
        measurement.apply(form);
        return measurements.save(measurement).getId();
    }

    @Transactional
    public void updateMeasurement(long measurementId, MeasurementForm form) {
        Measurement measurement = findMeasurement(measurementId, form.getVersion());
        checkMeasurement(form, measurement.getMeasure());
        measurement.apply(form);
        flush(MEASUREMENT);
    }

    /** Deletes a measurement the user saw at this version; the deletion is in the mission's history. */
    @Transactional
    public void deleteMeasurement(long measurementId, long version) {
        measurements.delete(findMeasurement(measurementId, version));
        flush(MEASUREMENT);
    }

    // ---- for other features: pickers, names, the rubric

    /** Missions an interaction can be tagged with: drafts and adopted ones, by title. */
    public List<MissionOption> taggable() {
        return missions.findByStatusInOrderByIdAsc(EnumSet.of(MissionStatus.DRAFT, MissionStatus.ADOPTED)).stream()
                .map(MissionService::option)
                .sorted(Comparator.comparing(o -> o.title().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The given missions as options (any status); ids that do not exist are left out. */
    public Map<Long, MissionOption> optionsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, MissionOption> found = new HashMap<>();
        missions.findAllById(ids).forEach(m -> found.put(m.getId(), option(m)));
        return found;
    }

    /** Titles of the given missions; ids that do not exist are left out. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return optionsById(ids).values().stream().collect(Collectors.toMap(MissionOption::id, MissionOption::title));
    }

    /** Adopted missions with their issue and signatory partners: the rubric's evidence. */
    public List<AdoptedMission> adoptedMissions() {
        return missions.findByStatusInOrderByIdAsc(EnumSet.of(MissionStatus.ADOPTED)).stream()
                .map(m -> new AdoptedMission(
                        m.getId(), m.getIssueId(), m.getAdoptionDate(), Set.copyOf(m.getSignatoryPartnerIds())))
                .toList();
    }

    /** A mission's measures with their target and how many measurements each has. */
    public List<MeasureFacts> measureFacts(long missionId) {
        find(missionId);
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : measurements.countsByMeasure(missionId)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return measures.findByMissionIdOrderById(missionId).stream()
                .map(m -> new MeasureFacts(
                        m.getId(),
                        m.getName(),
                        m.getTargetValue(),
                        m.getTargetDate(),
                        counts.getOrDefault(m.getId(), 0L)))
                .toList();
    }

    // ---- for the editor

    public List<CommunityIssueSummary> issues() {
        return issues.all();
    }

    public List<StaffMember> possibleOwners() {
        return accounts.libraryStaff();
    }

    /** Partners whose name contains the text, for the signatory picker. */
    public List<Signatory> pickPartners(String text, int offset, int limit) {
        return partners.pick(text, offset, limit).stream()
                .map(p -> new Signatory(p.id(), p.name(), p.kindLabel()))
                .toList();
    }

    public List<Signatory> signatories(Collection<Long> partnerIds) {
        List<Signatory> list = new ArrayList<>();
        for (Long partnerId : partnerIds) {
            try {
                PartnerDetails p = partners.get(partnerId);
                list.add(new Signatory(p.id(), p.name(), p.kindLabel()));
            } catch (RecordNotFoundException gone) {
                // a partner that no longer exists is left out
            }
        }
        list.sort(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)));
        return list;
    }

    public ZoneId libraryZone() {
        return libraryZone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(libraryZone));
    }

    // ---- helpers

    private void check(MissionForm form, SharedMission existing) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.getIssueId() != null && !issueNames().containsKey(form.getIssueId())) {
            problems.put("issueId", "The chosen community issue no longer exists; choose it again.");
        }
        if (!form.getSignatoryPartnerIds().isEmpty()
                && partners.namesOf(form.getSignatoryPartnerIds()).size()
                        < form.getSignatoryPartnerIds().size()) {
            problems.put("signatoryPartnerIds", "A chosen partner no longer exists; choose the signatories again.");
        }
        if (form.getOwnerId() != null && accounts.findStaff(form.getOwnerId()).isEmpty()) {
            problems.put("ownerId", "Choose the owner from the library's staff.");
        }
        if (existing != null && existing.getStatus() != MissionStatus.DRAFT) {
            if (form.getAdoptionDate() == null) {
                problems.put("adoptionDate", "An adopted mission needs its adoption date.");
            } else {
                MissionRules.checkAdoptionDate(
                        form.getAdoptionDate(),
                        today(),
                        measurements.firstDate(existing.getId()).orElse(null),
                        problems);
            }
        }
        validator.check(form, problems);
    }

    private void checkMeasure(MeasureForm form, SharedMission mission) {
        Map<String, String> problems = new LinkedHashMap<>();
        MissionRules.checkNumber("targetValue", form.getTargetValue(), form.getUnit(), problems);
        LocalDate start = startsOn(mission);
        if (form.getTargetDate() != null && !form.getTargetDate().isAfter(start)) {
            problems.put(
                    "targetDate", "The target date must be after the mission starts (" + Formats.date(start) + ").");
        }
        validator.check(form, problems);
    }

    private void checkMeasurement(MeasurementForm form, EvaluationMeasure measure) {
        Map<String, String> problems = new LinkedHashMap<>();
        MissionRules.checkMeasurementDate(
                form.getDate(), measure.getMission(), startsOn(measure.getMission()), today(), problems);
        MissionRules.checkNumber("value", form.getValue(), measure.getUnit(), problems);
        validator.check(form, problems);
    }

    /** The first day a measurement may carry: the adoption date, or while a draft, the day it was created. */
    private LocalDate startsOn(SharedMission mission) {
        if (mission.getAdoptionDate() != null) {
            return mission.getAdoptionDate();
        }
        return mission.getCreatedAt() == null
                ? today()
                : mission.getCreatedAt().atZone(libraryZone).toLocalDate();
    }

    private List<MissionSummary> summaries(List<SharedMission> found) {
        Set<Long> partnerIds = new HashSet<>();
        found.forEach(m -> partnerIds.addAll(m.getSignatoryPartnerIds()));
        Map<Long, String> partnerNames = partners.namesOf(partnerIds);
        Map<Long, String> issueNames = issueNames();
        Map<Long, StaffMember> staff = accounts.staffById();
        return found.stream()
                .map(m -> new MissionSummary(
                        m.getId(),
                        Titles.of(m.getStatement()),
                        issueNames.getOrDefault(m.getIssueId(), "#" + m.getIssueId()),
                        m.getStatus(),
                        m.getAdoptionDate(),
                        m.getSignatoryPartnerIds().stream()
                                .filter(partnerNames::containsKey)
                                .map(partnerNames::get)
                                .sorted(String.CASE_INSENSITIVE_ORDER)
                                .toList(),
                        staff.containsKey(m.getOwnerId())
                                ? staff.get(m.getOwnerId()).displayName()
                                : "user #" + m.getOwnerId()))
                .toList();
    }

    private static MissionOption option(SharedMission m) {
        return new MissionOption(m.getId(), Titles.of(m.getStatement()), m.getStatus());
    }

    private Map<Long, String> issueNames() {
        return issues.all().stream().collect(Collectors.toMap(CommunityIssueSummary::id, CommunityIssueSummary::name));
    }

    private SharedMission find(long id) {
        return missions.findById(id).orElseThrow(() -> new RecordNotFoundException(MISSION, id));
    }

    private SharedMission findAt(long id, long version) {
        SharedMission mission = find(id);
        if (mission.getVersion() != version) {
            throw new StaleRecordException(MISSION);
        }
        return mission;
    }

    private EvaluationMeasure findMeasure(long id) {
        return measures.findById(id).orElseThrow(() -> new RecordNotFoundException(MEASURE, id));
    }

    private Measurement findMeasurement(long id, long version) {
        Measurement measurement =
                measurements.findById(id).orElseThrow(() -> new RecordNotFoundException(MEASUREMENT, id));
        if (measurement.getVersion() != version) {
            throw new StaleRecordException(MEASUREMENT);
        }
        return measurement;
    }

    private void flush(String label) {
        try {
            missions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(label);
        }
    }

    /** Partner names looked up as the history needs them (deleted partners read as "#id"). */
    private static final class LazyNames extends HashMap<Long, String> {

        private final transient PartnerService partners;

        LazyNames(PartnerService partners) {
            this.partners = partners;
        }

        @Override
        public String getOrDefault(Object key, String fallback) {
            if (!containsKey(key)) {
                partners.namesOf(List.of((Long) key)).forEach(this::put);
            }
            return containsKey(key) ? get(key) : fallback;
        }
    }
}
