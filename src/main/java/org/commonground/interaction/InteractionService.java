package org.commonground.interaction;

import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.history.HistoryEntry;
import org.commonground.history.HistoryService;
import org.commonground.mission.MissionService;
import org.commonground.partner.ContactDetails;
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
import org.commonground.shared.LastContactChanged;
import org.commonground.shared.LastContactsChanged;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.hibernate.Session;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging interactions (meetings, calls, events, reviews…), finding them, partner timelines and
 * follow-ups. Every change is audited (Envers) and keeps each partner's "last contact" current.
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class InteractionService {

    private static final String INTERACTION = "interaction";
    private static final String FOLLOW_UP = "follow-up";
    private static final int EXCERPT = 160;
    /** Up to this many index entries, a notes search starts from the word index (see searchDriver). */
    private static final int INDEX_DRIVEN_UP_TO = 3_000;
    /** Imports flush this many interactions at a time (the JDBC batch size is 100). */
    private static final int IMPORT_BATCH = 500;

    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by(Sort.Direction.DESC, "id"));

    private final InteractionRepository interactions;
    private final InteractionTallies tallies;
    private final FollowUpRepository followUps;
    private final PartnerService partners;
    private final UserAccountService accounts;
    private final CommunityIssueService issues;
    private final MissionService missions;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final HistoryService history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId libraryZone;

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final ChunkedReads chunks;

    InteractionService(
            InteractionRepository interactions,
            InteractionTallies tallies,
            FollowUpRepository followUps,
            PartnerService partners,
            UserAccountService accounts,
            CommunityIssueService issues,
            MissionService missions,
            CurrentUser currentUser,
            InputValidator validator,
            HistoryService history,
            ApplicationEventPublisher events,
            Clock clock,
            CommonGroundProperties properties,
            ChunkedReads chunks,
            EntityManager entityManager,
            JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.interactions = interactions;
        this.tallies = tallies;
        this.followUps = followUps;
        this.partners = partners;
        this.accounts = accounts;
        this.issues = issues;
        this.missions = missions;
        this.currentUser = currentUser;
        this.validator = validator;
        this.history = history;
        this.events = events;
        this.clock = clock;
        this.libraryZone = properties.timeZone();
        this.chunks = chunks;
    }

    // ---- logging and editing

    /** A blank form for "now" in the given zone, with the signed-in person among those present. */
    public InteractionForm newForm(ZoneId zone) {
        return InteractionForm.now(
                ZonedDateTime.now(clock).withZoneSameInstant(zone),
                currentUser.account().map(Account::id).orElse(null));
    }

    @Transactional
    public long log(InteractionForm form) {
        check(form, Set.of());
        Interaction interaction = Interaction.from(form);
        for (FollowUpDraft draft : form.getFollowUps()) {
            FollowUp followUp = new FollowUp(interaction);
            followUp.apply(draft);
            interaction.getFollowUps().add(followUp);
        }
        interactions.save(interaction);
        announceLastContact(interaction.getPartnerIds());
        interactions.flush();
        tallies.recount(Set.of(interaction.getOccurredOn()));
        return interaction.getId();
    }

    @Transactional
    public void update(long id, InteractionForm form) {
        Interaction interaction = find(id);
        if (interaction.getVersion() != form.getVersion()) {
            throw new StaleRecordException(INTERACTION);
        }
        check(form, Set.copyOf(interaction.getMissionIds()));
        Set<Long> affected = new HashSet<>(interaction.getPartnerIds());
        LocalDate dayBefore = interaction.getOccurredOn();
        interaction.apply(form);
        reconcileFollowUps(interaction, form.getFollowUps());
        affected.addAll(interaction.getPartnerIds());
        flush();
        announceLastContact(affected);
        tallies.recount(List.of(dayBefore, interaction.getOccurredOn()));
    }

    /** Deletes an interaction the user saw at this version; the deletion is in the audit history. */
    @Transactional
    public void delete(long id, long version) {
        Interaction interaction = find(id);
        if (interaction.getVersion() != version) {
            throw new StaleRecordException(INTERACTION);
        }
        Set<Long> affected = new HashSet<>(interaction.getPartnerIds());
        LocalDate day = interaction.getOccurredOn();
        interactions.delete(interaction);
        flush();
        announceLastContact(affected);
        tallies.recount(Set.of(day));
    }

    // ---- imports: many interactions in the caller's transaction, under the same rules as the form

    /**
     * Checks each form as {@link #log} would, reading what the rules look up once for all of them: the
     * messages per field of each failing form, by its index in the list.
     */
    public Map<Integer, Map<String, String>> validateAll(List<InteractionForm> forms) {
        InteractionRules.Lookups lookups = InteractionRules.Lookups.of(forms, partners, accounts, issues);
        Map<Integer, Map<String, String>> problems = new LinkedHashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            try {
                InteractionRules.check(forms.get(i), validator, lookups, missions, Set.of(), clock);
            } catch (InvalidInputException e) {
                problems.put(i, e.fieldMessages());
            }
        }
        return problems;
    }

    /**
     * Logs every form (each audited like one logged by hand), flushing in batches and reporting how many are
     * saved after each; the partners' last contact and the rubric's daily tallies are brought up to date once at
     * the end. Joins the caller's transaction, so a failure leaves nothing behind. Refuses the lot if any form
     * breaks a rule.
     */
    @Transactional
    public List<Long> importAll(List<InteractionForm> forms, IntConsumer progress) {
        long started = System.nanoTime();
        Map<Integer, Map<String, String>> problems = validateAll(forms);
        LoggerFactory.getLogger(InteractionService.class)
                .info(
                        "Checked {} interactions to import in {} ms",
                        forms.size(),
                        (System.nanoTime() - started) / 1_000_000);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new InvalidInputException(first.getValue());
        }
        List<Long> ids = new ArrayList<>(forms.size());
        List<Interaction> batch = new ArrayList<>(IMPORT_BATCH);
        List<Set<String>> batchTerms = new ArrayList<>(IMPORT_BATCH);
        entityManager.unwrap(Session.class).setJdbcBatchSize(IMPORT_BATCH);
        Set<Long> affected = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            InteractionForm form = forms.get(i);
            Interaction interaction = Interaction.from(form);
            for (FollowUpDraft draft : form.getFollowUps()) {
                FollowUp followUp = new FollowUp(interaction);
                followUp.apply(draft);
                interaction.getFollowUps().add(followUp);
            }
            batchTerms.add(interaction.takeSearchTerms());
            batch.add(interaction);
            affected.addAll(interaction.getPartnerIds());
            days.add(interaction.getOccurredOn());
            if (batch.size() == IMPORT_BATCH || i == forms.size() - 1) {
                interactions.saveAll(batch);
                interactions.flush();
                List<Object[]> terms = new ArrayList<>();
                for (int b = 0; b < batch.size(); b++) {
                    Long id = batch.get(b).getId();
                    ids.add(id);
                    batchTerms.get(b).forEach(term -> terms.add(new Object[] {id, term}));
                }
                jdbc.batchUpdate("insert into interaction_term (interaction_id, term) values (?, ?)", terms);
                batch.forEach(entityManager::detach);
                batch.clear();
                batchTerms.clear();
                progress.accept(i + 1);
            }
        }
        long saved = System.nanoTime();
        announceLastContactOfMany(affected);
        long announced = System.nanoTime();
        tallies.recount(days);
        LoggerFactory.getLogger(InteractionService.class)
                .info(
                        "Imported {} interactions: saved in {} ms, last contact of {} partners in {} ms, tallies in {} ms",
                        forms.size(),
                        (saved - started) / 1_000_000,
                        affected.size(),
                        (announced - saved) / 1_000_000,
                        (System.nanoTime() - announced) / 1_000_000);
        return ids;
    }

    public InteractionForm formFor(long id) {
        return InteractionForm.of(find(id));
    }

    // ---- reading

    public InteractionDetails get(long id) {
        Interaction i = find(id);
        Map<Long, String> partnerNames = partners.namesOf(i.getPartnerIds());
        Map<Long, ContactDetails> contactsById = partners.contactsById(i.getContactIds());
        Map<Long, StaffMember> staff = accounts.staffById();
        List<Named> people = i.getContactIds().stream()
                .filter(contactsById::containsKey)
                .map(c -> new Named(c, contactsById.get(c).fullName()))
                .sorted(byName())
                .toList();
        List<Named> staffPresent = i.getStaffIds().stream()
                .map(s -> new Named(s, staff.containsKey(s) ? staff.get(s).displayName() : "user #" + s))
                .sorted(byName())
                .toList();
        List<Named> partnerList = named(i.getPartnerIds(), partnerNames);
        List<FollowUpItem> items = i.getFollowUps().stream()
                .map(f -> item(
                        f,
                        label(i, partnerList),
                        partnerList.stream().map(Named::name).toList(),
                        staff))
                .toList();
        List<Named> missionList = named(i.getMissionIds(), missions.namesOf(i.getMissionIds()));
        return new InteractionDetails(
                i.getId(),
                i.getKind(),
                i.localTime(),
                i.getInitiatedBy(),
                partnerList,
                people,
                staffPresent,
                topicsOf(i, issueNames()),
                missionList,
                i.getNotes(),
                i.isSharedWithPartners(),
                items,
                i.getVersion(),
                i.getCreatedAt(),
                i.getCreatedBy(),
                i.getUpdatedAt(),
                i.getUpdatedBy());
    }

    /** One page of the interactions list, newest first. */
    public List<InteractionSummary> search(InteractionFilter filter, Pageable pageable) {
        PageRequest page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        // A slice, not a page: a page would also count every match, which the list does only on request.
        List<Interaction> found = interactions
                .findBy(
                        InteractionSpecifications.matching(filter, libraryZone, searchDriver(filter)),
                        query -> query.slice(page))
                .getContent();
        return summaries(found);
    }

    /**
     * How many match. The list asks for it only when the user wants the figure: an exact count reads
     * every matching interaction (up to a second at 200,000), while a page stops after 50.
     */
    public long count(InteractionFilter filter) {
        return interactions.count(InteractionSpecifications.matching(filter, libraryZone, searchDriver(filter)));
    }

    /** The columns of the interactions export. */
    public static final List<String> EXPORT_HEADER = List.of(
            "id",
            "date",
            "time",
            "time zone",
            "kind",
            "initiated by",
            "partners",
            "people present",
            "staff present",
            "topics",
            "shared missions",
            "notes",
            "shared with partners",
            "open follow-ups",
            "follow-ups");

    /**
     * Every interaction the list shows with this filter, newest first, as CSV (see {@link CsvExport}). Read in
     * chunks, each in its own transaction and continuing from the last row written, so any number of
     * interactions is exported in the memory of one chunk.
     *
     * @return how many interactions were written
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long export(InteractionFilter filter, OutputStream out) {
        String driver = searchDriver(filter);
        Map<Long, StaffMember> staff = accounts.staffById();
        Map<Long, String> issueNames = issueNames();
        CsvExport csv = CsvExport.to(out, EXPORT_HEADER);
        Instant[] lastAt = new Instant[1];
        long[] lastId = new long[1];
        boolean more = true;
        while (more) {
            List<Object[]> rows = chunks.read(() -> {
                var spec = InteractionSpecifications.matching(filter, libraryZone, driver);
                if (lastAt[0] != null) {
                    spec = spec.and(InteractionSpecifications.olderThan(lastAt[0], lastId[0]));
                }
                List<Interaction> found = interactions.findBy(
                        spec, q -> q.sortBy(NEWEST_FIRST).limit(chunks.size()).all());
                if (!found.isEmpty()) {
                    Interaction end = found.get(found.size() - 1);
                    lastAt[0] = end.getOccurredAt();
                    lastId[0] = end.getId();
                }
                return exportRows(found, staff, issueNames);
            });
            rows.forEach(csv::row);
            csv.flush();
            more = rows.size() == chunks.size();
        }
        csv.close();
        return csv.rows();
    }

    private List<Object[]> exportRows(
            List<Interaction> found, Map<Long, StaffMember> staff, Map<Long, String> issueNames) {
        Set<Long> partnerIds = new HashSet<>();
        Set<Long> contactIds = new HashSet<>();
        Set<Long> missionIds = new HashSet<>();
        for (Interaction i : found) {
            partnerIds.addAll(i.getPartnerIds());
            contactIds.addAll(i.getContactIds());
            missionIds.addAll(i.getMissionIds());
        }
        Map<Long, String> partnerNames = partners.namesOf(partnerIds);
        Map<Long, ContactDetails> contacts = contactIds.isEmpty() ? Map.of() : partners.contactsById(contactIds);
        Map<Long, String> missionNames = missionIds.isEmpty() ? Map.of() : missions.namesOf(missionIds);
        List<Object[]> rows = new ArrayList<>(found.size());
        for (Interaction i : found) {
            ZonedDateTime at = i.localTime();
            rows.add(new Object[] {
                i.getId(),
                at.toLocalDate(),
                Formats.time24(at),
                at.getZone().getId(),
                i.getKind().label(),
                i.getInitiatedBy() == null ? null : i.getInitiatedBy().label(),
                named(i.getPartnerIds(), partnerNames).stream().map(Named::name).toList(),
                i.getContactIds().stream()
                        .filter(contacts::containsKey)
                        .map(c -> contacts.get(c).fullName())
                        .sorted()
                        .toList(),
                i.getStaffIds().stream()
                        .map(s -> staff.containsKey(s) ? staff.get(s).displayName() : "user #" + s)
                        .sorted()
                        .toList(),
                topicsOf(i, issueNames).stream().map(Topic::label).toList(),
                named(i.getMissionIds(), missionNames).stream().map(Named::name).toList(),
                i.getNotes(),
                i.isSharedWithPartners() ? "yes" : "no",
                i.getFollowUps().stream().filter(f -> !f.isDone()).count(),
                i.getFollowUps().size()
            });
        }
        return rows;
    }

    /**
     * The searched word with the fewest index entries, if it has few enough to start from them, or if there
     * are several words; null when the one word is common, so walking the newest interactions fills a page
     * sooner. Walking them for
     * a rare word, or one that is nowhere, would test every interaction (seconds at 200,000).
     */
    private String searchDriver(InteractionFilter filter) {
        String rarest = null;
        long fewest = Long.MAX_VALUE;
        for (String word : SearchTerms.query(filter.text())) {
            String after = word.substring(0, word.length() - 1) + (char) (word.charAt(word.length() - 1) + 1);
            long entries = interactions.countTermsBetween(word, after, INDEX_DRIVEN_UP_TO + 1);
            if (entries < fewest || entries == fewest && word.length() > rarest.length()) { // ties: longer
                fewest = entries;
                rarest = word;
            }
        }
        // Several words meet far less often than each occurs: start from the rarest one's entries even when
        // common (walking the newest interactions for two common words took 0.8 s on H2).
        return fewest <= INDEX_DRIVEN_UP_TO || SearchTerms.query(filter.text()).size() > 1 ? rarest : null;
    }

    /** A partner's interactions, newest first, optionally of one kind or about one topic. */
    public List<InteractionSummary> timeline(long partnerId, InteractionKind kind, Topic topic, Pageable pageable) {
        Long issueId = topic != null && topic.isIssue() ? topic.issueId() : null;
        Theme theme = topic != null && !topic.isIssue() ? topic.theme() : null;
        return summaries(interactions.timeline(
                partnerId, kind, issueId, theme, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
    }

    /** Interactions tagged with a shared mission, newest first: for the mission page. */
    public List<InteractionSummary> taggedWith(long missionId, Pageable pageable) {
        return summaries(
                interactions.taggedWith(missionId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
    }

    public long countTaggedWith(long missionId) {
        return interactions.countTaggedWith(missionId);
    }

    /**
     * The shared missions an interaction can be tagged with (drafts and adopted ones), plus those
     * among {@code alreadyTagged} that are not, so an edit keeps them.
     */
    public List<Named> missionChoices(Set<Long> alreadyTagged) {
        List<Named> choices = new ArrayList<>(missions.taggable().stream()
                .map(m -> new Named(m.id(), m.title()))
                .toList());
        Set<Long> offered = choices.stream().map(Named::id).collect(Collectors.toSet());
        missions.optionsById(alreadyTagged).values().stream()
                .filter(m -> !offered.contains(m.id()))
                .map(m ->
                        new Named(m.id(), m.title() + " (" + m.status().label().toLowerCase(Locale.ROOT) + ")"))
                .forEach(choices::add);
        return choices;
    }

    /** Every topic an interaction can have: community issues by priority, then the themes. */
    public List<Topic> topics() {
        List<Topic> topics = new ArrayList<>();
        issues.all().forEach(i -> topics.add(Topic.issue(i.id(), i.name())));
        for (Theme theme : Theme.values()) {
            topics.add(Topic.theme(theme));
        }
        return topics;
    }

    public List<HistoryEntry> history(long id) {
        Map<Long, StaffMember> staff = accounts.staffById();
        Map<Long, String> issueNames = issueNames();
        Function<Interaction, String> label =
                i -> "Interaction " + i.getKind().label() + " on " + Formats.date(i.localTime());
        List<HistoryEntry> all = new ArrayList<>(history.of(
                Interaction.class, id, label, InteractionHistory.fields(partners, staff, issueNames, missions)));
        all.addAll(history.ofRelated(
                FollowUp.class,
                "interaction",
                id,
                f -> "Follow-up “" + f.getDescription() + "”",
                InteractionHistory.followUpFields(staff)));
        all.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return all;
    }

    // ---- follow-ups

    /** The signed-in person's open follow-ups, earliest due first (overdue ones come first). */
    public List<FollowUpItem> myOpenFollowUps() {
        long me = currentUser.account().map(Account::id).orElse(-1L);
        return items(followUps.openFor(me));
    }

    /** Everyone's open follow-ups: the director's view. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public List<FollowUpItem> allOpenFollowUps() {
        return items(followUps.allOpen());
    }

    @Transactional
    public void markDone(long followUpId, long version) {
        FollowUp followUp = findFollowUp(followUpId, version);
        followUp.markDone(clock.instant(), currentUser.username().orElse("unknown"));
        flush();
    }

    @Transactional
    public void reopen(long followUpId, long version) {
        findFollowUp(followUpId, version).reopen();
        flush();
    }

    @Transactional
    public void reassign(long followUpId, long newOwnerId, long version) {
        FollowUp followUp = findFollowUp(followUpId, version);
        if (accounts.findStaff(newOwnerId).isEmpty()) {
            throw InvalidInputException.of("ownerId", "Choose someone from the library's staff.");
        }
        followUp.reassign(newOwnerId);
        flush();
    }

    /** The library people who can be present or own a follow-up. */
    public List<StaffMember> staff() {
        return accounts.libraryStaff();
    }

    /** The library's time zone, the default for logging. */
    public ZoneId libraryZone() {
        return libraryZone;
    }

    // ---- helpers

    private void check(InteractionForm form, Set<Long> missionsBefore) {
        InteractionRules.check(form, validator, partners, accounts, issues, missions, missionsBefore, clock);
    }

    private void reconcileFollowUps(Interaction interaction, List<FollowUpDraft> drafts) {
        Map<Long, FollowUpDraft> kept = drafts.stream()
                .filter(d -> d.id() != null)
                .collect(Collectors.toMap(FollowUpDraft::id, Function.identity()));
        interaction.getFollowUps().removeIf(f -> !kept.containsKey(f.getId()));
        for (FollowUp followUp : interaction.getFollowUps()) {
            FollowUpDraft draft = kept.get(followUp.getId());
            if (!Objects.equals(draft.version(), followUp.getVersion())) {
                throw new StaleRecordException(FOLLOW_UP);
            }
            followUp.apply(draft);
        }
        for (FollowUpDraft draft : drafts) {
            if (draft.id() == null) {
                FollowUp followUp = new FollowUp(interaction);
                followUp.apply(draft);
                interaction.getFollowUps().add(followUp);
            }
        }
    }

    private void announceLastContact(Collection<Long> partnerIds) {
        Instant now = clock.instant();
        for (Long partnerId : partnerIds) {
            events.publishEvent(new LastContactChanged(
                    partnerId,
                    interactions.lastContact(partnerId, now).orElse(null),
                    interactions.firstContact(partnerId).orElse(null)));
        }
    }

    /** As {@link #announceLastContact}, reading the figures of many partners in a few grouped queries. */
    private void announceLastContactOfMany(Collection<Long> partnerIds) {
        Instant now = clock.instant();
        List<Long> all = new ArrayList<>(partnerIds);
        List<LastContactChanged> changes = new ArrayList<>(all.size());
        long queried = 0;
        for (int from = 0; from < all.size(); from += 1000) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            Map<Long, Object[]> found = new HashMap<>();
            long start = System.nanoTime();
            interactions.contacts(chunk, now).forEach(row -> found.put((Long) row[0], row));
            queried += System.nanoTime() - start;
            for (Long partnerId : chunk) {
                Object[] row = found.get(partnerId);
                changes.add(new LastContactChanged(
                        partnerId, row == null ? null : (Instant) row[1], row == null ? null : (LocalDate) row[2]));
            }
        }
        LoggerFactory.getLogger(InteractionService.class)
                .info("Read the last contact of {} partners in {} ms", all.size(), queried / 1_000_000);
        events.publishEvent(new LastContactsChanged(changes));
    }

    private Interaction find(long id) {
        return interactions.findById(id).orElseThrow(() -> new RecordNotFoundException(INTERACTION, id));
    }

    private FollowUp findFollowUp(long id, long version) {
        FollowUp followUp = followUps.findById(id).orElseThrow(() -> new RecordNotFoundException(FOLLOW_UP, id));
        if (followUp.getVersion() != version) {
            throw new StaleRecordException(FOLLOW_UP);
        }
        return followUp;
    }

    private void flush() {
        try {
            interactions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(INTERACTION);
        }
    }

    private List<InteractionSummary> summaries(List<Interaction> found) {
        Set<Long> partnerIds = new HashSet<>();
        found.forEach(i -> partnerIds.addAll(i.getPartnerIds()));
        Map<Long, String> partnerNames = partners.namesOf(partnerIds);
        Map<Long, String> issueNames = issueNames();
        return found.stream()
                .map(i -> new InteractionSummary(
                        i.getId(),
                        i.getKind(),
                        i.localTime(),
                        i.getInitiatedBy(),
                        named(i.getPartnerIds(), partnerNames).stream()
                                .map(Named::name)
                                .toList(),
                        topicsOf(i, issueNames).stream().map(Topic::label).toList(),
                        excerpt(i.getNotes()),
                        (int) i.getFollowUps().stream().filter(f -> !f.isDone()).count()))
                .toList();
    }

    private List<FollowUpItem> items(List<FollowUp> list) {
        Set<Long> partnerIds = new HashSet<>();
        list.forEach(f -> partnerIds.addAll(f.getInteraction().getPartnerIds()));
        Map<Long, String> partnerNames = partners.namesOf(partnerIds);
        Map<Long, StaffMember> staff = accounts.staffById();
        return list.stream()
                .map(f -> {
                    List<Named> partnerList = named(f.getInteraction().getPartnerIds(), partnerNames);
                    return item(
                            f,
                            label(f.getInteraction(), partnerList),
                            partnerList.stream().map(Named::name).toList(),
                            staff);
                })
                .toList();
    }

    private FollowUpItem item(
            FollowUp f, String interactionLabel, List<String> partnerNames, Map<Long, StaffMember> staff) {
        StaffMember owner = staff.get(f.getOwnerId());
        boolean overdue = !f.isDone() && f.getDueDate().isBefore(LocalDate.now(clock.withZone(libraryZone)));
        return new FollowUpItem(
                f.getId(),
                f.getInteraction().getId(),
                interactionLabel,
                partnerNames,
                f.getDescription(),
                f.getOwnerId(),
                owner == null ? "user #" + f.getOwnerId() : owner.displayName(),
                f.getDueDate(),
                overdue,
                f.getDoneAt(),
                f.getDoneBy(),
                f.getVersion());
    }

    private static String label(Interaction i, List<Named> partnerList) {
        return i.getKind().label() + " on " + Formats.date(i.localTime()) + " with "
                + String.join(", ", partnerList.stream().map(Named::name).toList());
    }

    private Map<Long, String> issueNames() {
        return issues.all().stream().collect(Collectors.toMap(CommunityIssueSummary::id, CommunityIssueSummary::name));
    }

    static List<Topic> topicsOf(Interaction i, Map<Long, String> issueNames) {
        List<Topic> topics = new ArrayList<>();
        i.getIssueIds().stream()
                .filter(issueNames::containsKey)
                .map(id -> Topic.issue(id, issueNames.get(id)))
                .sorted(Comparator.comparing(Topic::label))
                .forEach(topics::add);
        i.getThemes().stream().sorted().map(Topic::theme).forEach(topics::add);
        return topics;
    }

    private static List<Named> named(Set<Long> ids, Map<Long, String> names) {
        Map<Long, String> ordered = new LinkedHashMap<>();
        ids.stream().filter(names::containsKey).forEach(id -> ordered.put(id, names.get(id)));
        return ordered.entrySet().stream()
                .map(e -> new Named(e.getKey(), e.getValue()))
                .sorted(byName())
                .toList();
    }

    private static Comparator<Named> byName() {
        return Comparator.comparing(n -> n.name().toLowerCase(Locale.ROOT));
    }

    static String excerpt(String notes) {
        if (notes == null) {
            return "";
        }
        String flat = notes.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }
}
