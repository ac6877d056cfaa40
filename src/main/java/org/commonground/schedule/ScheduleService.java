package org.commonground.schedule;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.history.HistoryEntry;
import org.commonground.history.HistoryService;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.InteractionSummary;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerLabel;
import org.commonground.partner.PartnerService;
import org.commonground.security.Account;
import org.commonground.security.CurrentUser;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.security.Role;
import org.commonground.security.SecurityEvents;
import org.commonground.security.SignedInUser;
import org.commonground.security.StaffMember;
import org.commonground.security.UserAccountService;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.CsvExport;
import org.commonground.shared.InputValidator;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring check-ins: meeting series and their occurrences (moved, cancelled, held, missed, who came,
 * the interaction logged), the calendar, adherence and attendance, .ics export and import, and personal
 * calendar feeds. Every change to a series or an occurrence is audited (Envers).
 */
@Service
@Transactional(readOnly = true)
public class ScheduleService {

    private static final Logger log = LoggerFactory.getLogger(ScheduleService.class);
    private static final String SERIES = "meeting series";
    private static final String OCCURRENCE = "occurrence";
    /** A calendar or agenda asks for at most this long a period. */
    private static final int MAX_PERIOD_DAYS = 400;
    /** One series' occurrences may be asked for over a longer period: its expansion is capped anyway. */
    private static final int ONE_SERIES_PERIOD_DAYS = 3660;

    private final MeetingSeriesRepository series;
    private final OccurrenceRepository occurrences;
    private final PartnerService partners;
    private final UserAccountService accounts;
    private final InteractionService interactions;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final HistoryService history;
    private final FeedTokens tokens;
    private final Clock clock;
    private final CommonGroundProperties properties;

    private final SecurityEvents securityEvents;

    ScheduleService(
            MeetingSeriesRepository series,
            OccurrenceRepository occurrences,
            PartnerService partners,
            UserAccountService accounts,
            InteractionService interactions,
            CurrentUser currentUser,
            InputValidator validator,
            HistoryService history,
            FeedTokens tokens,
            Clock clock,
            CommonGroundProperties properties,
            SecurityEvents securityEvents) {
        this.securityEvents = securityEvents;
        this.series = series;
        this.occurrences = occurrences;
        this.partners = partners;
        this.accounts = accounts;
        this.interactions = interactions;
        this.currentUser = currentUser;
        this.validator = validator;
        this.history = history;
        this.tokens = tokens;
        this.clock = clock;
        this.properties = properties;
    }

    public ZoneId libraryZone() {
        return properties.timeZone();
    }

    // ---- the series form

    /** A new series: next week, 10:00 in the library's zone, monthly on that weekday, organized by the caller. */
    @LibraryStaffOnly
    public SeriesForm newForm(Long partnerId) {
        SeriesForm form = new SeriesForm();
        ZonedDateTime nextWeek =
                ZonedDateTime.now(clock.withZone(libraryZone())).plusWeeks(1);
        form.setStartDate(nextWeek.toLocalDate());
        form.setStartTime(LocalTime.of(10, 0));
        form.setTimeZone(libraryZone());
        form.setChoice(RecurrenceChoice.monthlyLike(nextWeek.toLocalDate()));
        Long me = myId();
        form.setOrganizerId(me);
        if (me != null) {
            form.getStaffIds().add(me);
        }
        if (partnerId != null) {
            form.getPartnerIds().add(partnerId);
        }
        return form;
    }

    /** The live sentence and the next six dates for what the form holds now; nothing is saved. */
    @LibraryStaffOnly
    public SeriesPreview preview(SeriesForm form) {
        try {
            SeriesPlan plan = SeriesRules.plan(form, clock);
            return new SeriesPreview(plan.sentence(), plan.next(), Map.of());
        } catch (InvalidInputException e) {
            return new SeriesPreview(null, List.of(), e.fieldMessages());
        }
    }

    @Transactional
    @LibraryStaffOnly
    public long create(SeriesForm form) {
        return create(form, "cg-" + UUID.randomUUID() + "@commonground", null).getId();
    }

    /** Creates the series an imported invitation describes, with its cancelled and moved occurrences. */
    @Transactional
    @LibraryStaffOnly
    public long createImported(ImportedInvitation invitation, SeriesForm form) {
        if (series.existsByUid(invitation.uid())) {
            throw InvalidInputException.of("file", alreadyImported(invitation.uid()));
        }
        MeetingSeries created = create(form, invitation.uid(), null);
        for (LocalDateTime original : invitation.cancelled()) {
            if (Expansion.isOccurrence(created, original)) {
                storedOrNew(created, original).mark(OccurrenceStatus.CANCELLED, Set.of(), Set.of(), null);
            }
        }
        invitation.moved().forEach((original, moved) -> {
            if (Expansion.isOccurrence(created, original)) {
                Occurrence row = storedOrNew(created, original);
                row.moveTo(moved);
                created.reachAtLeast(row.getStartsAt().plusSeconds(60L * created.getDurationMinutes()));
            }
        });
        flush();
        return created.getId();
    }

    /** Reads an uploaded invitation into a form for the user to complete; creates nothing. */
    @LibraryStaffOnly
    public ImportedInvitation readInvitation(byte[] ics) {
        ImportedInvitation invitation = InvitationReader.read(ics, libraryZone());
        if (series.existsByUid(invitation.uid())) {
            throw InvalidInputException.of("file", alreadyImported(invitation.uid()));
        }
        Long me = myId();
        invitation.form().setOrganizerId(me);
        if (me != null) {
            invitation.form().getStaffIds().add(me);
        }
        return invitation;
    }

    private MeetingSeries create(SeriesForm form, String uid, Long previous) {
        SeriesPlan plan = check(form);
        MeetingSeries created = new MeetingSeries(uid);
        created.apply(form, plan.first(), plan.recurrence(), plan.endsAt());
        if (previous != null) {
            created.continues(previous);
        }
        return series.save(created);
    }

    @LibraryStaffOnly
    public SeriesForm formFor(long id) {
        MeetingSeries s = find(id);
        SeriesForm form = new SeriesForm();
        form.setTitle(s.getTitle());
        form.setNotes(s.getNotes());
        form.setLocation(s.getLocation());
        form.setVideoLink(s.getVideoLink());
        form.setPartnerIds(s.getPartnerIds());
        form.setOrganizerId(s.getOrganizerId());
        form.setStaffIds(s.getStaffIds());
        form.setContactIds(s.getContactIds());
        form.setStartDate(s.getStartLocal().toLocalDate());
        form.setStartTime(s.getStartLocal().toLocalTime());
        form.setTimeZone(s.zone());
        form.setDurationMinutes(s.getDurationMinutes());
        form.setReminderHours(s.getReminderHours());
        Recurrence recurrence = s.recurrence();
        RecurrenceChoice.from(recurrence, s.start())
                .ifPresentOrElse(form::setChoice, () -> form.setAdvancedRule(recurrence.rule()));
        form.setVersion(s.getVersion());
        return form;
    }

    /**
     * Changes the whole series (SEQUENCE goes up, so calendar clients take the change). Its schedule —
     * start, time, zone, rule — may change only while no past occurrence is marked: a marked past is a record,
     * and "this and following" changes the schedule from an upcoming occurrence on instead.
     */
    @Transactional
    @LibraryStaffOnly
    public void update(long id, SeriesForm form) {
        MeetingSeries s = find(id);
        if (s.getVersion() != form.getVersion()) {
            throw new StaleRecordException(SERIES);
        }
        SeriesPlan plan = check(form);
        boolean scheduleChanged = !plan.first().toLocalDateTime().equals(s.getStartLocal())
                || !plan.first().getZone().equals(s.zone())
                || !plan.recurrence().rule().equals(s.getRule());
        if (scheduleChanged && hasMarkedPast(s)) {
            throw InvalidInputException.of(
                    "startDate",
                    "Past meetings of this series are marked held or missed, so "
                            + "its date, time or repeat cannot change for all of them. Open an upcoming occurrence and choose "
                            + "“Change this and following”.");
        }
        s.apply(form, plan.first(), plan.recurrence(), plan.endsAt());
        s.bumpSequence();
        flush();
    }

    /**
     * "This and following": the series ends before the chosen upcoming occurrence, and a new series — the
     * form, starting on that occurrence's date unless changed — continues it. Cancellations and moves of
     * later occurrences carry over when the new series still has those occurrences.
     *
     * @return the new series' id
     */
    @Transactional
    @LibraryStaffOnly
    public long changeFrom(long id, LocalDateTime original, SeriesForm form) {
        MeetingSeries old = find(id);
        if (old.getVersion() != form.getVersion()) {
            throw new StaleRecordException(SERIES);
        }
        if (!Expansion.isOccurrence(old, original)) {
            throw new RecordNotFoundException(OCCURRENCE, original);
        }
        Instant splitAt = original.atZone(old.zone()).toInstant();
        if (splitAt.isBefore(clock.instant())) {
            throw InvalidInputException.of(
                    "startDate",
                    "Only an upcoming occurrence can start a change to the "
                            + "following ones; past meetings stay as they were.");
        }
        SeriesPlan plan = check(form);
        if (plan.first().toInstant().isBefore(old.getFirstStartAt())) {
            throw InvalidInputException.of("startDate", "The changed series cannot start before the original one.");
        }
        List<Occurrence> later = occurrences.findBySeriesIdOrderByOriginalStart(id).stream()
                .filter(o -> !o.getOriginalStart().isBefore(original))
                .toList();
        Recurrence ending = old.recurrence().endingBefore(splitAt, old.zone());
        Instant lastEnd = ending.last(old.start())
                .map(z -> z.plusMinutes(old.getDurationMinutes()).toInstant())
                .orElse(old.getFirstStartAt());
        old.endWith(ending, lastEnd);
        MeetingSeries next = create(form, "cg-" + UUID.randomUUID() + "@commonground", id);
        for (Occurrence row : later) {
            if (Expansion.isOccurrence(next, row.getOriginalStart())) {
                Occurrence copy = storedOrNew(next, row.getOriginalStart());
                copy.moveTo(row.getMovedStart());
                copy.mark(row.getStatus(), row.getStaffIds(), row.getContactIds(), row.getNote());
            }
            occurrences.delete(row);
        }
        flush();
        return next.getId();
    }

    /** Deletes a series the user saw at {@code version}, with everything recorded about its occurrences. */
    @Transactional
    @LibraryStaffOnly
    public void delete(long id, long version) {
        MeetingSeries s = find(id);
        if (s.getVersion() != version) {
            throw new StaleRecordException(SERIES);
        }
        occurrences.deleteAll(occurrences.findBySeriesIdOrderByOriginalStart(id));
        occurrences.flush();
        series.delete(s);
        flush();
    }

    // ---- one occurrence

    /**
     * Marks an occurrence held, cancelled or missed (null: not marked), with who attended and a note. Only
     * past occurrences can be held or missed; any can be cancelled.
     *
     * @param version the occurrence version the user saw, -1 when nothing was stored yet
     */
    @Transactional
    @LibraryStaffOnly
    public void mark(
            long seriesId,
            LocalDateTime original,
            OccurrenceStatus status,
            Set<Long> staffIds,
            Set<Long> contactIds,
            String note,
            long version) {
        MeetingSeries s = find(seriesId);
        Occurrence row = occurrenceForChange(s, original, version);
        if ((status == OccurrenceStatus.HELD || status == OccurrenceStatus.MISSED)
                && row.getStartsAt().isAfter(clock.instant())) {
            throw InvalidInputException.of(
                    "status",
                    "This meeting has not happened yet; it can be marked "
                            + status.label().toLowerCase(Locale.ROOT) + " once it has. It can be cancelled now.");
        }
        String cleanNote = Texts.clean(note);
        if (cleanNote != null && cleanNote.length() > Occurrence.NOTE_MAX) {
            throw InvalidInputException.of("note", "A note can be at most 1,000 characters.");
        }
        Set<Long> staff = staffIds == null ? Set.of() : staffIds;
        Set<Long> contacts = contactIds == null ? Set.of() : contactIds;
        Map<Long, StaffMember> known = accounts.staffById();
        if (!known.keySet().containsAll(staff)) {
            throw InvalidInputException.of("staffIds", "Choose library staff from the list.");
        }
        Map<Long, ContactDetails> chosen = partners.contactsById(contacts);
        if (chosen.size() != contacts.size()
                || chosen.values().stream().anyMatch(c -> !s.getPartnerIds().contains(c.partnerId()))) {
            throw InvalidInputException.of("contactIds", "Choose contacts of this series' partners.");
        }
        boolean cancelChanged =
                (row.getStatus() == OccurrenceStatus.CANCELLED) != (status == OccurrenceStatus.CANCELLED);
        row.mark(status, staff, contacts, cleanNote);
        if (cancelChanged) {
            s.bumpSequence(); // an EXDATE came or went: calendar clients must take it
        }
        flush();
    }

    /** Moves one occurrence to another local date and time (null or its original start: back where it was). */
    @Transactional
    @LibraryStaffOnly
    public void move(long seriesId, LocalDateTime original, LocalDateTime newStart, long version) {
        MeetingSeries s = find(seriesId);
        Occurrence row = occurrenceForChange(s, original, version);
        if (newStart != null && !newStart.equals(original)) {
            if (newStart.atZone(s.zone()).toInstant().isBefore(clock.instant())) {
                throw InvalidInputException.of("newStart", "Choose a date and time that has not passed.");
            }
            if (Expansion.isOccurrence(s, newStart)) {
                throw InvalidInputException.of("newStart", "Another occurrence of this series already starts then.");
            }
        }
        row.moveTo(newStart);
        s.reachAtLeast(row.getStartsAt().plusSeconds(60L * s.getDurationMinutes()));
        s.bumpSequence();
        flush();
    }

    /** Logs the interaction for a past occurrence in one click (a meeting with the series' partners and people). */
    @Transactional
    @LibraryStaffOnly
    public long logInteraction(long seriesId, LocalDateTime original) {
        MeetingSeries s = find(seriesId);
        Occurrence row = occurrenceForChange(s, original, -2);
        if (row.getInteractionId() != null) {
            throw InvalidInputException.of("interaction", "An interaction is already logged for this meeting.");
        }
        if (row.getStartsAt().isAfter(clock.instant())) {
            throw InvalidInputException.of("interaction", "Log the meeting once it has happened.");
        }
        ZonedDateTime start = row.effectiveStart().atZone(s.zone());
        InteractionForm form = InteractionForm.now(start, null);
        form.setKind(InteractionKind.MEETING);
        form.setPartnerIds(s.getPartnerIds());
        Set<Long> staff = row.getStaffIds().isEmpty() ? new HashSet<>(s.getStaffIds()) : row.getStaffIds();
        if (row.getStaffIds().isEmpty()) {
            staff.add(s.getOrganizerId());
        }
        form.setStaffIds(staff);
        Set<Long> contacts = row.getContactIds().isEmpty() ? s.getContactIds() : row.getContactIds();
        Map<Long, ContactDetails> stillThere = partners.contactsById(contacts);
        form.setContactIds(stillThere.values().stream()
                .filter(c -> s.getPartnerIds().contains(c.partnerId()))
                .map(ContactDetails::id)
                .collect(Collectors.toSet()));
        form.setNotes("Check-in: " + s.getTitle() + (row.getNote() == null ? "" : "\n\n" + row.getNote()));
        long interactionId = interactions.log(form);
        row.linkInteraction(interactionId);
        if (row.getStatus() == null) {
            row.mark(OccurrenceStatus.HELD, staff, form.getContactIds(), row.getNote());
        }
        flush();
        return interactionId;
    }

    /** Links an interaction already logged to an occurrence (or unlinks with null). */
    @Transactional
    @LibraryStaffOnly
    public void linkInteraction(long seriesId, LocalDateTime original, Long interactionId) {
        MeetingSeries s = find(seriesId);
        Occurrence row = occurrenceForChange(s, original, -2);
        if (interactionId != null) {
            interactions.get(interactionId); // refuses one that does not exist
        }
        row.linkInteraction(interactionId);
        flush();
    }

    /** Interactions with the series' partners within three days of an occurrence: what it may be linked to. */
    @LibraryStaffOnly
    public List<InteractionSummary> interactionChoices(long seriesId, LocalDateTime original) {
        MeetingSeries s = find(seriesId);
        Instant at = original.atZone(s.zone()).toInstant();
        Map<Long, InteractionSummary> found = new LinkedHashMap<>();
        for (Long partnerId : s.getPartnerIds()) {
            for (InteractionSummary i : interactions.timeline(partnerId, null, null, PageRequest.of(0, 200))) {
                long days = Math.abs(Duration.between(at, i.at().toInstant()).toDays());
                if (days <= 3) {
                    found.putIfAbsent(i.id(), i);
                }
            }
        }
        return List.copyOf(found.values());
    }

    // ---- reading

    @LibraryStaffOnly
    public SeriesDetails get(long id) {
        MeetingSeries s = find(id);
        Map<Long, StaffMember> staff = accounts.staffById();
        Map<Long, String> partnerNames = partners.namesOf(s.getPartnerIds());
        Map<Long, ContactDetails> contacts = partners.contactsById(s.getContactIds());
        List<Occurrence> rows = occurrences.findBySeriesIdOrderByOriginalStart(id);
        Instant now = clock.instant();
        ZonedDateTime next = nextStart(s, rows, now);
        return new SeriesDetails(
                s.getId(),
                s.getUid(),
                s.getTitle(),
                s.getNotes(),
                s.getLocation(),
                s.getVideoLink(),
                s.getOrganizerId(),
                name(staff, s.getOrganizerId()),
                options(s.getPartnerIds(), partnerNames),
                s.getStaffIds().stream()
                        .map(i -> new Option(i, name(staff, i)))
                        .sorted(BY_NAME)
                        .toList(),
                contacts.values().stream()
                        .map(c -> new Option(c.id(), c.fullName()))
                        .sorted(BY_NAME)
                        .toList(),
                s.start(),
                s.getDurationMinutes(),
                s.getRule(),
                Sentence.of(s.recurrence(), s.start()),
                s.getSequenceNo(),
                s.getReminderHours(),
                s.getEndsAt(),
                s.getPreviousSeriesId(),
                next,
                adherence(s, rows, 6, now),
                adherence(s, rows, 12, now),
                hasMarkedPast(rows, now),
                s.getVersion(),
                s.getCreatedAt(),
                s.getCreatedBy());
    }

    /** A series' occurrences starting in [from, to), in order. */
    @LibraryStaffOnly
    public List<OccurrenceItem> occurrences(long seriesId, Instant from, Instant to) {
        MeetingSeries s = find(seriesId);
        checkPeriod(from, to, ONE_SERIES_PERIOD_DAYS);
        String partnerNames = String.join(
                ", ",
                partners.namesOf(s.getPartnerIds()).values().stream().sorted().toList());
        Instant now = clock.instant();
        return Expansion.of(
                        s, occurrences.findBySeriesIdOrderByOriginalStart(seriesId), from, to, Recurrence.MAX_EXPANSION)
                .stream()
                .map(slot -> item(slot, now, partnerNames))
                .toList();
    }

    /** Every occurrence starting in [from, to) of all series (at most 400 days), for the calendar page. */
    @LibraryStaffOnly
    public List<OccurrenceItem> calendar(Instant from, Instant to, CalendarFilter filter) {
        checkPeriod(from, to);
        List<MeetingSeries> found = series.overlapping(from, to);
        if (filter.mine()) {
            Long me = myId();
            found = found.stream()
                    .filter(s -> me != null
                            && (me.equals(s.getOrganizerId()) || s.getStaffIds().contains(me)))
                    .toList();
        }
        Set<Long> partnerIds =
                found.stream().flatMap(s -> s.getPartnerIds().stream()).collect(Collectors.toSet());
        Map<Long, PartnerLabel> labels = partners.labelsOf(partnerIds);
        if (filter.partnerKind() != null) {
            found = found.stream()
                    .filter(s -> s.getPartnerIds().stream()
                            .map(labels::get)
                            .anyMatch(l -> l != null && l.kind() == filter.partnerKind()))
                    .toList();
        }
        Map<Long, List<Occurrence>> rows = rowsNear(found, from, to);
        Instant now = clock.instant();
        List<OccurrenceItem> items = new ArrayList<>();
        for (MeetingSeries s : found) {
            String names = s.getPartnerIds().stream()
                    .map(labels::get)
                    .filter(Objects::nonNull)
                    .map(PartnerLabel::name)
                    .sorted()
                    .collect(Collectors.joining(", "));
            for (Slot slot :
                    Expansion.of(s, rows.getOrDefault(s.getId(), List.of()), from, to, Recurrence.MAX_EXPANSION)) {
                items.add(item(slot, now, names));
            }
        }
        items.sort(Comparator.comparing((OccurrenceItem i) -> i.start().toInstant())
                .thenComparing(OccurrenceItem::seriesTitle));
        return items;
    }

    public static final List<String> CALENDAR_EXPORT_HEADER = List.of(
            "series id",
            "series",
            "date",
            "start",
            "end",
            "time zone",
            "status",
            "moved",
            "partners",
            "location",
            "note",
            "interaction id");

    /**
     * The calendar's occurrences starting in [from, to) with this filter, as CSV. A period is at most 400 days
     * and each series' expansion is capped, so these rows are bounded; they are written one by one.
     */
    @LibraryStaffOnly
    public long exportCalendar(Instant from, Instant to, CalendarFilter filter, OutputStream out) {
        var csv = CsvExport.to(out, CALENDAR_EXPORT_HEADER);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        for (OccurrenceItem o : calendar(from, to, filter)) {
            csv.row(
                    o.seriesId(),
                    o.seriesTitle(),
                    o.start().toLocalDate(),
                    time.format(o.start()),
                    time.format(o.end()),
                    o.start().getZone().getId(),
                    o.status() == null ? "Scheduled" : o.status().label(),
                    o.moved() ? "yes" : "no",
                    o.partners(),
                    o.location(),
                    o.note(),
                    o.interactionId());
        }
        csv.close();
        return csv.rows();
    }

    /** A partner's series, most recent first, with the next occurrence and last year's adherence. */
    @LibraryStaffOnly
    public List<SeriesSummary> ofPartner(long partnerId) {
        Instant now = clock.instant();
        List<MeetingSeries> found = series.withPartner(partnerId);
        Map<Long, List<Occurrence>> rows = allRows(found);
        return found.stream()
                .map(s -> {
                    List<Occurrence> own = rows.getOrDefault(s.getId(), List.of());
                    return new SeriesSummary(
                            s.getId(),
                            s.getTitle(),
                            Sentence.of(s.recurrence(), s.start()),
                            nextStart(s, own, now),
                            adherence(s, own, 12, now));
                })
                .toList();
    }

    @LibraryStaffOnly
    public List<HistoryEntry> history(long id) {
        find(id);
        Map<Long, StaffMember> staff = accounts.staffById();
        // Each revision names its partners and contacts: look each up once, not once per revision.
        Map<Long, String> partnerNames = new HashMap<>();
        Map<Long, String> contactNames = new HashMap<>();
        Function<Long, String> partnerName = pid -> partnerNames.computeIfAbsent(
                pid, k -> partners.namesOf(Set.of(k)).getOrDefault(k, "#" + k));
        Function<Long, String> contactName = cid -> contactNames.computeIfAbsent(
                cid,
                k -> Optional.ofNullable(partners.contactsById(Set.of(k)).get(k))
                        .map(ContactDetails::fullName)
                        .orElse("#" + k));
        List<HistoryEntry> all = new ArrayList<>(history.of(
                MeetingSeries.class,
                id,
                s -> "the series “" + s.getTitle() + "”",
                SeriesHistory.seriesFields(staff, partnerName, contactName)));
        all.addAll(history.ofRelated(
                Occurrence.class,
                "series",
                id,
                o -> "the occurrence of " + SeriesHistory.when(o),
                SeriesHistory.occurrenceFields(staff, contactName)));
        all.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return all;
    }

    /** Library staff for the form's pickers. */
    @LibraryStaffOnly
    public List<StaffMember> staff() {
        return accounts.libraryStaff();
    }

    /** The contacts of the given partners, for the form's picker. */
    @LibraryStaffOnly
    public List<ContactDetails> contactsOf(Set<Long> partnerIds) {
        return partners.contactsOf(partnerIds);
    }

    @LibraryStaffOnly
    public Map<Long, String> partnerNames(Set<Long> partnerIds) {
        return partners.namesOf(partnerIds);
    }

    // ---- the rubric's figures

    /**
     * Per meeting series, its occurrences whose (possibly moved) start lies in [from, to). A few queries
     * for any number of series: the series overlapping the period, then their stored occurrences near it.
     */
    @LibraryStaffOnly
    public List<SeriesAttendance> attendance(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw InvalidInputException.of("to", "The period must end after it starts.");
        }
        List<MeetingSeries> found = series.overlapping(from, to);
        Map<Long, List<Occurrence>> rows = rowsNear(found, from, to);
        Map<Long, List<Occurrence>> after = rowsFrom(found, to);
        List<SeriesAttendance> result = new ArrayList<>();
        for (MeetingSeries s : found) {
            int held = 0;
            int cancelled = 0;
            int missed = 0;
            int unmarked = 0;
            List<Slot> slots =
                    Expansion.of(s, rows.getOrDefault(s.getId(), List.of()), from, to, Recurrence.MAX_EXPANSION);
            for (Slot slot : slots) {
                switch (slot.status()) {
                    case HELD -> held++;
                    case CANCELLED -> cancelled++;
                    case MISSED -> missed++;
                    case null -> unmarked++;
                }
            }
            boolean active = s.getFirstStartAt().isBefore(to)
                    && (s.recurrence().firstFrom(s.start(), to).isPresent()
                            || after.getOrDefault(s.getId(), List.of()).stream()
                                    .anyMatch(o -> !o.getStartsAt().isBefore(to)));
            result.add(new SeriesAttendance(
                    s.getId(),
                    s.getTitle(),
                    Set.copyOf(s.getPartnerIds()),
                    active,
                    slots.size(),
                    held,
                    cancelled,
                    missed,
                    unmarked));
        }
        return result;
    }

    /**
     * For the rubric: every occurrence dated (in the library's zone) in {@code (after, upTo]} of the series with a
     * partner of one of {@code partnerKinds} (any series when empty), with its outcome — null while unmarked.
     * Series are filtered before their rules are expanded, and stored occurrences read in a few queries.
     */
    @LibraryStaffOnly
    public List<CheckInOutcome> outcomes(LocalDate after, LocalDate upTo, Set<PartnerKind> partnerKinds) {
        if (after == null || upTo == null || !after.isBefore(upTo)) {
            throw InvalidInputException.of("upTo", "The period must end after it starts.");
        }
        ZoneId zone = libraryZone();
        Instant from = after.plusDays(1).atStartOfDay(zone).toInstant();
        Instant to = upTo.plusDays(1).atStartOfDay(zone).toInstant();
        List<MeetingSeries> found = series.overlapping(from, to);
        if (!partnerKinds.isEmpty()) {
            Map<Long, PartnerLabel> labels = partners.labelsOf(
                    found.stream().flatMap(s -> s.getPartnerIds().stream()).collect(Collectors.toSet()));
            found = found.stream()
                    .filter(s -> s.getPartnerIds().stream()
                            .map(labels::get)
                            .anyMatch(l -> l != null && partnerKinds.contains(l.kind())))
                    .toList();
        }
        Map<Long, List<Occurrence>> rows = rowsNear(found, from, to);
        List<CheckInOutcome> outcomes = new ArrayList<>();
        for (MeetingSeries s : found) {
            Set<Long> partnerIds = Set.copyOf(s.getPartnerIds());
            for (Slot slot :
                    Expansion.of(s, rows.getOrDefault(s.getId(), List.of()), from, to, Recurrence.MAX_EXPANSION)) {
                outcomes.add(new CheckInOutcome(
                        s.getId(),
                        s.getTitle(),
                        partnerIds,
                        slot.start().withZoneSameInstant(zone).toLocalDate(),
                        slot.status()));
            }
        }
        return outcomes;
    }

    /** Every series, oldest first, a page at a time, with its sentence, next occurrence and adherence (the API). */
    @LibraryStaffOnly
    public List<SeriesSummary> allSeries(Pageable pageable) {
        Instant now = clock.instant();
        List<MeetingSeries> found = series.findAll(
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("id")))
                .getContent();
        return summaries(found, now);
    }

    /** The series involving the signed-in partner user's organization, most recent first. */
    @PreAuthorize("hasRole('PARTNER')")
    public List<SeriesSummary> mySeries() {
        return summaries(series.withPartner(myPartner()), clock.instant());
    }

    private List<SeriesSummary> summaries(List<MeetingSeries> found, Instant now) {
        Map<Long, List<Occurrence>> rows = allRows(found);
        return found.stream()
                .map(s -> {
                    List<Occurrence> own = rows.getOrDefault(s.getId(), List.of());
                    return new SeriesSummary(
                            s.getId(),
                            s.getTitle(),
                            Sentence.of(s.recurrence(), s.start()),
                            nextStart(s, own, now),
                            adherence(s, own, 12, now));
                })
                .toList();
    }

    // ---- partner users (the portal)

    /** The signed-in partner user's check-ins starting in [from, to): only series involving their organization. */
    @PreAuthorize("hasRole('PARTNER')")
    public List<PartnerCheckIn> myCheckIns(Instant from, Instant to) {
        checkPeriod(from, to);
        long partnerId = myPartner();
        List<MeetingSeries> found = series.overlapping(from, to).stream()
                .filter(s -> s.getPartnerIds().contains(partnerId))
                .toList();
        Map<Long, List<Occurrence>> rows = rowsNear(found, from, to);
        List<PartnerCheckIn> items = new ArrayList<>();
        for (MeetingSeries s : found) {
            Expansion.of(s, rows.getOrDefault(s.getId(), List.of()), from, to, Recurrence.MAX_EXPANSION)
                    .forEach(slot -> items.add(new PartnerCheckIn(
                            s.getId(),
                            s.getTitle(),
                            slot.start(),
                            slot.end(),
                            slot.status(),
                            slot.moved(),
                            s.getLocation(),
                            s.getVideoLink())));
        }
        items.sort(Comparator.comparing((PartnerCheckIn c) -> c.start().toInstant()));
        return items;
    }

    /** One series' check-ins for the signed-in partner user; another organization's series is "not found". */
    @PreAuthorize("hasRole('PARTNER')")
    public List<PartnerCheckIn> myCheckIns(long seriesId, Instant from, Instant to) {
        checkPeriod(from, to, ONE_SERIES_PERIOD_DAYS);
        long partnerId = myPartner();
        MeetingSeries s = series.findById(seriesId)
                .filter(found -> found.getPartnerIds().contains(partnerId))
                .orElse(null);
        if (s == null) {
            // Someone else's series and one that does not exist answer the same, and both are in the security log.
            securityEvents.refused(SERIES, seriesId, series.existsById(seriesId));
            throw new RecordNotFoundException(SERIES, seriesId);
        }
        return Expansion.of(
                        s, occurrences.findBySeriesIdOrderByOriginalStart(seriesId), from, to, Recurrence.MAX_EXPANSION)
                .stream()
                .map(slot -> new PartnerCheckIn(
                        s.getId(),
                        s.getTitle(),
                        slot.start(),
                        slot.end(),
                        slot.status(),
                        slot.moved(),
                        s.getLocation(),
                        s.getVideoLink()))
                .toList();
    }

    // ---- .ics and feeds

    /** One series as an .ics file (its rule, cancellations and moves). */
    @LibraryStaffOnly
    public String ics(long seriesId) {
        MeetingSeries s = find(seriesId);
        return FeedWriter.calendar(
                        s.getTitle(),
                        List.of(s),
                        Map.of(seriesId, occurrences.exceptionsOf(Set.of(seriesId))),
                        hosts(List.of(s)))
                .toString();
    }

    /** The signed-in user's feed path ({@code /calendar/<token>.ics}), created on first use. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String myFeedPath() {
        return CalendarFeedController.path(tokens.tokenOf(myIdOrFail()));
    }

    /** A new feed link for the signed-in user; the old one stops working at once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String resetMyFeed() {
        long me = myIdOrFail();
        log.info("Calendar feed link of user {} reset", me);
        return CalendarFeedController.path(tokens.reset(me));
    }

    /**
     * What a feed holds now, cheaply (for ETag and Last-Modified), without writing it; empty for a token
     * that is unknown, reset, or of a disabled user. The token is the credential: no session is needed.
     */
    public Optional<FeedVersion> feedVersion(String token) {
        return feedOwner(token).map(owner -> {
            List<MeetingSeries> found = feedSeries(owner);
            return version(found);
        });
    }

    /** The whole feed for a token: every series the user organizes or attends, for a partner user their organization's. */
    public Optional<CalendarFeed> feed(String token) {
        return feedOwner(token).map(owner -> {
            List<MeetingSeries> found = feedSeries(owner);
            List<Long> ids = found.stream().map(MeetingSeries::getId).toList();
            Map<Long, List<Occurrence>> exceptions = ids.isEmpty()
                    ? Map.of()
                    : occurrences.exceptionsOf(ids).stream().collect(Collectors.groupingBy(Occurrence::seriesId));
            String body = FeedWriter.calendar(
                            properties.libraryName() + " check-ins — " + owner.displayName(),
                            found,
                            exceptions,
                            hosts(found))
                    .toString();
            return new CalendarFeed(body, version(found));
        });
    }

    private Optional<SignedInUser> feedOwner(String token) {
        return tokens.userOf(token).flatMap(accounts::enabledUser);
    }

    private List<MeetingSeries> feedSeries(SignedInUser owner) {
        if (owner.role() == Role.PARTNER) {
            return owner.partnerId() == null ? List.of() : series.withPartner(owner.partnerId());
        }
        return series.organizedOrAttendedBy(owner.userId());
    }

    private FeedVersion version(List<MeetingSeries> found) {
        List<Long> ids = found.stream().map(MeetingSeries::getId).toList();
        Instant seriesChange = found.stream()
                .map(MeetingSeries::getUpdatedAt)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        Instant rowChange = ids.isEmpty() ? null : occurrences.lastChange(ids);
        long rowCount = ids.isEmpty() ? 0 : occurrences.countOf(ids);
        Instant last = rowChange != null && rowChange.isAfter(seriesChange) ? rowChange : seriesChange;
        String state = found.stream().map(s -> s.getId() + ":" + s.getVersion()).collect(Collectors.joining(",")) + "|"
                + rowCount + "|" + (rowChange == null ? 0 : rowChange.toEpochMilli());
        return new FeedVersion(FeedVersion.tag(state), last.truncatedTo(ChronoUnit.SECONDS));
    }

    private Map<Long, FeedWriter.Host> hosts(List<MeetingSeries> found) {
        Set<Long> ids = found.stream().map(MeetingSeries::getOrganizerId).collect(Collectors.toSet());
        Map<Long, StaffMember> staff = accounts.staffById();
        Map<Long, String> emails = accounts.emailsOf(ids);
        Map<Long, FeedWriter.Host> hosts = new HashMap<>();
        ids.forEach(i -> hosts.put(i, new FeedWriter.Host(name(staff, i), emails.get(i))));
        return hosts;
    }

    // ---- for the reminders

    /** Upcoming, not cancelled occurrences of series with reminders, starting in [from, to). */
    List<DueOccurrence> remindable(Instant from, Instant to) {
        List<MeetingSeries> found = series.overlapping(from, to).stream()
                .filter(s -> s.getReminderHours() != null)
                .toList();
        Map<Long, List<Occurrence>> rows = rowsNear(found, from, to);
        List<DueOccurrence> due = new ArrayList<>();
        for (MeetingSeries s : found) {
            Set<Long> staff = new HashSet<>(s.getStaffIds());
            staff.add(s.getOrganizerId());
            Expansion.of(s, rows.getOrDefault(s.getId(), List.of()), from, to, Recurrence.MAX_EXPANSION).stream()
                    .filter(slot -> !slot.cancelled())
                    .forEach(slot -> due.add(new DueOccurrence(
                            s.getId(),
                            s.getTitle(),
                            slot.original(),
                            slot.start(),
                            s.getDurationMinutes(),
                            slot.moved(),
                            s.getLocation(),
                            s.getVideoLink(),
                            s.getReminderHours(),
                            Set.copyOf(staff),
                            Set.copyOf(s.getContactIds()))));
        }
        return due;
    }

    // ---- helpers

    private SeriesPlan check(SeriesForm form) {
        Map<String, String> problems = new LinkedHashMap<>(SeriesRules.scheduleProblems(form));
        problems.putAll(SeriesRules.otherProblems(form));
        if (form.getOrganizerId() != null
                && accounts.findStaff(form.getOrganizerId()).isEmpty()) {
            problems.put("organizerId", "Choose the organizer from the library's staff.");
        }
        Map<Long, StaffMember> staff = accounts.staffById();
        if (!staff.keySet().containsAll(form.getStaffIds())) {
            problems.put("staffIds", "Choose library staff from the list.");
        }
        if (!form.getPartnerIds().isEmpty()
                && partners.namesOf(form.getPartnerIds()).size()
                        != form.getPartnerIds().size()) {
            problems.put("partnerIds", "A chosen partner no longer exists; choose the partners again.");
        }
        Map<Long, ContactDetails> contacts = partners.contactsById(form.getContactIds());
        if (contacts.size() != form.getContactIds().size()
                || contacts.values().stream()
                        .anyMatch(c -> !form.getPartnerIds().contains(c.partnerId()))) {
            problems.put("contactIds", "Invite contacts of the chosen partners only.");
        }
        SeriesPlan plan = null;
        try {
            plan = SeriesRules.plan(form, clock);
        } catch (InvalidInputException e) {
            e.fieldMessages().forEach(problems::putIfAbsent);
        }
        validator.check(form, problems); // every problem at once, each on its field
        return plan;
    }

    private Occurrence occurrenceForChange(MeetingSeries s, LocalDateTime original, long version) {
        Optional<Occurrence> stored = occurrences.find(s.getId(), original);
        if (stored.isEmpty() && !Expansion.isOccurrence(s, original)) {
            throw new RecordNotFoundException(OCCURRENCE, original);
        }
        long current = stored.map(Occurrence::getVersion).orElse(-1L);
        if (version != -2 && current != version) {
            throw new StaleRecordException(OCCURRENCE);
        }
        return stored.orElseGet(() -> occurrences.save(new Occurrence(s, original)));
    }

    private Occurrence storedOrNew(MeetingSeries s, LocalDateTime original) {
        return occurrences.find(s.getId(), original).orElseGet(() -> occurrences.save(new Occurrence(s, original)));
    }

    private Map<Long, List<Occurrence>> rowsNear(List<MeetingSeries> found, Instant from, Instant to) {
        if (found.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = found.stream().map(MeetingSeries::getId).toList();
        LocalDateTime localFrom = LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusDays(1);
        LocalDateTime localTo = LocalDateTime.ofInstant(to, ZoneOffset.UTC).plusDays(1);
        Map<Long, List<Occurrence>> rows = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            occurrences
                    .near(chunk, from, to, localFrom, localTo)
                    .forEach(o -> rows.computeIfAbsent(o.seriesId(), k -> new ArrayList<>())
                            .add(o));
        }
        return rows;
    }

    /** Stored occurrences moved to start at or after {@code at} (a series may live on only through a move). */
    private Map<Long, List<Occurrence>> rowsFrom(List<MeetingSeries> found, Instant at) {
        return rowsNear(found, at, at.plus(Duration.ofDays(366 * 5)));
    }

    private Map<Long, List<Occurrence>> allRows(List<MeetingSeries> found) {
        Map<Long, List<Occurrence>> rows = new HashMap<>();
        for (MeetingSeries s : found) {
            rows.put(s.getId(), occurrences.findBySeriesIdOrderByOriginalStart(s.getId()));
        }
        return rows;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    private Adherence adherence(MeetingSeries s, List<Occurrence> rows, int months, Instant now) {
        Instant from = now.atZone(s.zone()).minusMonths(months).toInstant();
        int held = 0;
        int cancelled = 0;
        int missed = 0;
        int unmarked = 0;
        List<Slot> slots = Expansion.of(s, rows, from, now, Recurrence.MAX_EXPANSION);
        for (Slot slot : slots) {
            switch (slot.status()) {
                case HELD -> held++;
                case CANCELLED -> cancelled++;
                case MISSED -> missed++;
                case null -> unmarked++;
            }
        }
        return new Adherence(months, slots.size(), held, cancelled, missed, unmarked);
    }

    private ZonedDateTime nextStart(MeetingSeries s, List<Occurrence> rows, Instant now) {
        ZonedDateTime horizon = now.atZone(s.zone()).plusYears(2);
        return Expansion.of(s, rows, now, horizon.toInstant(), 50).stream()
                .filter(slot -> !slot.cancelled())
                .map(Slot::start)
                .findFirst()
                .orElse(null);
    }

    private boolean hasMarkedPast(MeetingSeries s) {
        return hasMarkedPast(occurrences.findBySeriesIdOrderByOriginalStart(s.getId()), clock.instant());
    }

    private static boolean hasMarkedPast(List<Occurrence> rows, Instant now) {
        return rows.stream()
                .anyMatch(o -> o.getStartsAt().isBefore(now)
                        && (o.getStatus() == OccurrenceStatus.HELD || o.getStatus() == OccurrenceStatus.MISSED));
    }

    private static OccurrenceItem item(Slot slot, Instant now, String partnerNames) {
        Occurrence row = slot.row();
        MeetingSeries s = slot.series();
        return new OccurrenceItem(
                s.getId(),
                s.getTitle(),
                slot.original(),
                slot.start(),
                slot.end(),
                slot.status(),
                slot.moved(),
                slot.start().toInstant().isBefore(now),
                row == null ? null : row.getNote(),
                row == null ? Set.of() : Set.copyOf(row.getStaffIds()),
                row == null ? Set.of() : Set.copyOf(row.getContactIds()),
                row == null ? null : row.getInteractionId(),
                row == null ? -1 : row.getVersion(),
                partnerNames,
                s.getLocation() != null ? s.getLocation() : s.getVideoLink());
    }

    private static void checkPeriod(Instant from, Instant to) {
        checkPeriod(from, to, MAX_PERIOD_DAYS);
    }

    private static void checkPeriod(Instant from, Instant to, int maxDays) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw InvalidInputException.of("to", "The period must end after it starts.");
        }
        if (Duration.between(from, to).toDays() > maxDays) {
            throw InvalidInputException.of(
                    "to", String.format(Locale.US, "Choose a period of at most " + "%,d days.", maxDays));
        }
    }

    private static final Comparator<Option> BY_NAME = Comparator.comparing(Option::name, String.CASE_INSENSITIVE_ORDER);

    private static List<Option> options(Set<Long> ids, Map<Long, String> names) {
        return ids.stream()
                .map(i -> new Option(i, names.getOrDefault(i, "#" + i)))
                .sorted(BY_NAME)
                .toList();
    }

    private static String name(Map<Long, StaffMember> staff, Long id) {
        StaffMember member = id == null ? null : staff.get(id);
        return member == null ? "#" + id : member.displayName();
    }

    private String alreadyImported(String uid) {
        return series.findByUid(uid)
                .map(s -> "This invitation was already imported as “" + s.getTitle() + "”.")
                .orElse("This invitation was already imported.");
    }

    private Long myId() {
        return currentUser.account().map(Account::id).orElse(null);
    }

    private long myIdOrFail() {
        Long me = myId();
        if (me == null) {
            throw new RecordNotFoundException("account", "of the signed-in user");
        }
        return me;
    }

    private long myPartner() {
        return currentUser
                .partnerId()
                .orElseThrow(() -> new RecordNotFoundException("partner", "of the signed-in user"));
    }

    private MeetingSeries find(long id) {
        return series.findById(id).orElseThrow(() -> new RecordNotFoundException(SERIES, id));
    }

    private void flush() {
        try {
            series.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(SERIES);
        } catch (DataIntegrityViolationException e) {
            throw new StaleRecordException(OCCURRENCE);
        }
    }
}
