package org.commonground.partner;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.history.HistoryEntry;
import org.commonground.history.HistoryService;
import org.commonground.security.Account;
import org.commonground.security.CurrentUser;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.security.StaffMember;
import org.commonground.security.UserAccountService;
import org.commonground.shared.ChunkedReads;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.CsvExport;
import org.commonground.shared.InputValidator;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.OrganizationNames;
import org.commonground.shared.PartnerDeactivated;
import org.commonground.shared.PartnerKindChanged;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The partner directory: find, create and edit partners and their contacts. */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class PartnerService implements OrganizationNames {

    private static final String PARTNER = "partner";
    private static final String CONTACT = "contact";

    private final PartnerRepository partners;
    private final ContactRepository contacts;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final HistoryService history;
    private final Clock clock;
    private final ZoneId libraryZone;
    private final ApplicationEventPublisher events;
    private final ChunkedReads chunks;

    PartnerService(
            PartnerRepository partners,
            ContactRepository contacts,
            UserAccountService accounts,
            CurrentUser currentUser,
            InputValidator validator,
            HistoryService history,
            Clock clock,
            CommonGroundProperties properties,
            ApplicationEventPublisher events,
            ChunkedReads chunks) {
        this.events = events;
        this.chunks = chunks;
        this.history = history;
        this.clock = clock;
        this.libraryZone = properties.timeZone();
        this.partners = partners;
        this.contacts = contacts;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** One page of the directory; sorting by "name", "kind", "status" or "updatedAt". */
    public List<PartnerSummary> search(PartnerFilter filter, Pageable pageable) {
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), directorySort(pageable));
        // A slice: the grid asks for the count separately, so a page's own count query would be a second one.
        List<Partner> page = partners.findBy(
                        PartnerSpecifications.matching(filter, vettedSince()), query -> query.slice(sorted))
                .getContent();
        Map<Long, StaffMember> staff = accounts.staffById();
        return page.stream().map(p -> summary(p, staff)).toList();
    }

    public long count(PartnerFilter filter) {
        return partners.count(PartnerSpecifications.matching(filter, vettedSince()));
    }

    public static final List<String> EXPORT_HEADER = List.of(
            "id",
            "name",
            "kind",
            "government body",
            "status",
            "relationship owner",
            "mission and goals",
            "communities served",
            "website",
            "last contact");
    public static final List<String> CONTACTS_EXPORT_HEADER =
            List.of("id", "partner id", "partner", "full name", "title", "email", "phone", "notes");

    /**
     * The directory's partners with this filter, by name, as CSV (see {@link org.commonground.shared.CsvExport}),
     * read a chunk at a time. Returns how many were written.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long export(PartnerFilter filter, OutputStream out) {
        Map<Long, StaffMember> staff = accounts.staffById();
        Instant since = vettedSince();
        var csv = CsvExport.to(out, EXPORT_HEADER);
        eachChunk(
                filter,
                since,
                page -> {
                    for (Partner p : page) {
                        StaffMember owner =
                                p.getRelationshipOwnerId() == null ? null : staff.get(p.getRelationshipOwnerId());
                        csv.row(
                                p.getId(),
                                p.getName(),
                                p.getKind().label(),
                                p.getGovernmentKind() == null
                                        ? null
                                        : p.getGovernmentKind().label(),
                                p.getStatus().label(),
                                owner == null ? null : owner.displayName(),
                                p.getMissionAndGoals(),
                                p.getCommunitiesServed(),
                                p.getWebsite(),
                                p.getLastContactAt() == null
                                        ? null
                                        : p.getLastContactAt()
                                                .atZone(libraryZone)
                                                .toLocalDate());
                    }
                    return null;
                },
                csv);
        csv.close();
        return csv.rows();
    }

    /** The contacts of the directory's partners with this filter, by partner name, as CSV. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long exportContacts(PartnerFilter filter, OutputStream out) {
        Instant since = vettedSince();
        var csv = CsvExport.to(out, CONTACTS_EXPORT_HEADER);
        eachChunk(
                filter,
                since,
                page -> {
                    Map<Long, String> names = new HashMap<>();
                    page.forEach(p -> names.put(p.getId(), p.getName()));
                    Map<Long, List<Contact>> byPartner =
                            contacts.findByPartnerIdInOrderByFullName(names.keySet()).stream()
                                    .collect(Collectors.groupingBy(
                                            c -> c.getPartner().getId()));
                    for (Partner p : page) {
                        for (Contact c : byPartner.getOrDefault(p.getId(), List.of())) {
                            csv.row(
                                    c.getId(),
                                    p.getId(),
                                    p.getName(),
                                    c.getFullName(),
                                    c.getTitle(),
                                    c.getEmail(),
                                    c.getPhone(),
                                    c.getNotes());
                        }
                    }
                    return null;
                },
                csv);
        csv.close();
        return csv.rows();
    }

    private void eachChunk(PartnerFilter filter, Instant since, Function<List<Partner>, Void> write, CsvExport csv) {
        int chunk = chunks.size();
        for (int number = 0; ; number++) {
            PageRequest page = PageRequest.of(number, chunk, Sort.by("nameKey").and(Sort.by("id")));
            int read = chunks.read(() -> {
                List<Partner> found = partners.findBy(PartnerSpecifications.matching(filter, since), q -> q.slice(page))
                        .getContent();
                write.apply(found);
                return found.size();
            });
            csv.flush();
            if (read < chunk) {
                return;
            }
        }
    }

    /** Where "vetted within 12 months" starts: this moment 12 months ago, on the library's calendar. */
    public Instant vettedSince() {
        return ZonedDateTime.now(clock.withZone(libraryZone))
                .minusMonths(VettingFilter.MONTHS)
                .toInstant();
    }

    public PartnerDetails get(long id) {
        Partner partner = find(id);
        String owner = ownerName(partner.getRelationshipOwnerId());
        List<ContactDetails> people = contacts.findByPartnerIdOrderByFullName(id).stream()
                .map(ContactDetails::of)
                .toList();
        return new PartnerDetails(
                id,
                partner.getName(),
                partner.getKind(),
                partner.getGovernmentKind(),
                partner.getStatus(),
                partner.getMissionAndGoals(),
                partner.getCommunitiesServed(),
                partner.getWebsite(),
                partner.getRelationshipOwnerId(),
                owner,
                people,
                partner.getVersion(),
                partner.getCreatedAt(),
                partner.getCreatedBy(),
                partner.getUpdatedAt(),
                partner.getUpdatedBy(),
                partner.getLastContactAt());
    }

    public PartnerForm formFor(long id) {
        return PartnerForm.of(find(id));
    }

    /** Creates a partner; refuses a name that is already taken unless the user confirmed it is another organization. */
    @Transactional
    public long create(PartnerForm form, boolean allowDuplicateName) {
        check(form);
        refuseDuplicateName(form.getName(), null, allowDuplicateName);
        Partner partner = new Partner(Texts.clean(form.getName()), form.getKind());
        partner.apply(form);
        return partners.save(partner).getId();
    }

    @Transactional
    public void update(long id, PartnerForm form, boolean allowDuplicateName) {
        Partner partner = find(id);
        if (partner.getVersion() != form.getVersion()) {
            throw new StaleRecordException(PARTNER);
        }
        check(form);
        if (!Texts.key(form.getName()).equals(Texts.key(partner.getName()))) {
            refuseDuplicateName(form.getName(), id, allowDuplicateName);
        }
        PartnerKind kindBefore = partner.getKind();
        GovernmentKind bodyBefore = partner.getGovernmentKind();
        boolean endsPartnership =
                form.getStatus() == PartnerStatus.FORMER && partner.getStatus() != PartnerStatus.FORMER;
        partner.apply(form);
        flush(PARTNER);
        if (kindBefore != partner.getKind() || bodyBefore != partner.getGovernmentKind()) {
            // Evidence counted by partner kind (the rubric's) must be counted again for this partner.
            events.publishEvent(new PartnerKindChanged(id));
        }
        if (endsPartnership) {
            // Its people lose portal access in this same transaction (security and portal listen).
            events.publishEvent(new PartnerDeactivated(id));
        }
    }

    /** Every change to the partner and its contacts, newest first. */
    public List<HistoryEntry> history(long partnerId) {
        find(partnerId);
        return PartnerHistory.of(history, partnerId, accounts.staffById());
    }

    public List<StaffMember> possibleOwners() {
        return accounts.libraryStaff();
    }

    // ---- for imports: the same rules as the forms, row by row

    /** Checks a partner as {@link #create} would, without saving: {@code InvalidInputException} names each field. */
    @Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
    public void validate(PartnerForm form) {
        check(form);
    }

    /** Checks a contact as {@link #addContact} would, without saving. */
    @Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
    public void validateContact(ContactForm form) {
        checkContact(form);
    }

    /** Every partner's id, name, kind and external id, read in one query: what an import matches rows against. */
    public List<PartnerKey> importKeys() {
        return partners.allKeys();
    }

    // ---- contacts

    public List<ContactDetails> contactsOf(long partnerId) {
        return contactsOfPartner(partnerId);
    }

    private List<ContactDetails> contactsOfPartner(long partnerId) {
        find(partnerId);
        return contacts.findByPartnerIdOrderByFullName(partnerId).stream()
                .map(ContactDetails::of)
                .toList();
    }

    @Transactional
    public long addContact(long partnerId, ContactForm form) {
        Partner partner = find(partnerId);
        checkContact(form);
        Contact contact = new Contact(partner);
        contact.apply(form);
        return contacts.save(contact).getId();
    }

    @Transactional
    public void updateContact(long contactId, ContactForm form) {
        Contact contact =
                contacts.findById(contactId).orElseThrow(() -> new RecordNotFoundException(CONTACT, contactId));
        if (contact.getVersion() != form.getVersion()) {
            throw new StaleRecordException(CONTACT);
        }
        checkContact(form);
        contact.apply(form);
        flush(CONTACT);
    }

    /** Removes a contact the user saw at the given version; a contact changed since is not removed. */
    @Transactional
    public void removeContact(long contactId, long version) {
        Contact contact =
                contacts.findById(contactId).orElseThrow(() -> new RecordNotFoundException(CONTACT, contactId));
        if (contact.getVersion() != version) {
            throw new StaleRecordException(CONTACT);
        }
        contacts.delete(contact);
        flush(CONTACT);
    }

    // ---- for other features (interactions name partners and contacts by id)

    /** Names of the given partners; ids that do not exist are left out. */
    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        partners.findAllById(ids).forEach(p -> names.put(p.getId(), p.getName()));
        return names;
    }

    /**
     * Name and kind of each given partner that exists, read without loading the partners. For many ids
     * (a balance over every partner) one read of all partners beats a long {@code in} list.
     */
    public Map<Long, PartnerLabel> labelsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<PartnerLabel> found = ids.size() > 200 ? partners.allLabels() : partners.labelsOf(ids);
        Map<Long, PartnerLabel> labels = new HashMap<>();
        Set<Long> wanted = new HashSet<>(ids);
        found.stream().filter(l -> wanted.contains(l.id())).forEach(l -> labels.put(l.id(), l));
        return labels;
    }

    /** A partner's kind and government body, for records that keep them (the rubric counts by kind). */
    public PartnerKinds kindsOf(long partnerId) {
        Partner partner = find(partnerId);
        return new PartnerKinds(partner.getKind(), partner.getGovernmentKind());
    }

    /** For each given contact that exists: its name and the partner it works at. */
    public Map<Long, ContactDetails> contactsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ContactDetails> found = new HashMap<>();
        contacts.findAllById(ids).forEach(c -> found.put(c.getId(), ContactDetails.of(c)));
        return found;
    }

    /** The contacts of several partners, for a picker. */
    public List<ContactDetails> contactsOf(Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        return contacts.findByPartnerIdInOrderByFullName(partnerIds).stream()
                .map(ContactDetails::of)
                .toList();
    }

    /** Partners whose name contains the text, for type-ahead pickers, by name. */
    public List<PartnerSummary> pick(String text, int offset, int limit) {
        return search(
                PartnerFilter.byName(text),
                PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("name")));
    }

    // ---- home page figures

    public Map<PartnerKind, Long> countsByKind() {
        Map<PartnerKind, Long> counts = new EnumMap<>(PartnerKind.class);
        for (PartnerKind kind : PartnerKind.values()) {
            counts.put(kind, 0L);
        }
        partners.countByKind().forEach(row -> counts.put(row.getKind(), row.getPartners()));
        return counts;
    }

    /** Partners whose relationship the signed-in user owns, most recently changed first. */
    public List<PartnerSummary> myPartners() {
        Long me = currentUser.account().map(Account::id).orElse(null);
        if (me == null) {
            return List.of();
        }
        Map<Long, StaffMember> staff = accounts.staffById();
        return partners.findTop10ByRelationshipOwnerIdOrderByUpdatedAtDesc(me).stream()
                .map(p -> summary(p, staff))
                .toList();
    }

    public List<PartnerSummary> recentlyChanged() {
        Map<Long, StaffMember> staff = accounts.staffById();
        return partners.findTop8ByOrderByUpdatedAtDesc().stream()
                .map(p -> summary(p, staff))
                .toList();
    }

    /** The name of a partner user's own organization; the portal's only look at the directory. */
    @PreAuthorize("hasRole('PARTNER')")
    public String ownOrganizationName() {
        long partnerId = currentUser
                .partnerId()
                .orElseThrow(() -> new RecordNotFoundException(PARTNER, "of the signed-in user"));
        return find(partnerId).getName();
    }

    // ---- helpers

    private Partner find(long id) {
        return partners.findById(id).orElseThrow(() -> new RecordNotFoundException(PARTNER, id));
    }

    private void check(PartnerForm form) {
        Map<String, String> extra = new HashMap<>();
        if (form.getKind() == PartnerKind.GOVERNMENT && form.getGovernmentKind() == null) {
            extra.put("governmentKind", "Choose which part of local government this is.");
        }
        if (form.getRelationshipOwnerId() != null
                && accounts.findStaff(form.getRelationshipOwnerId()).isEmpty()) {
            extra.put("relationshipOwnerId", "Choose a relationship owner from the library's staff.");
        }
        validator.check(form, extra);
    }

    private void checkContact(ContactForm form) {
        Map<String, String> extra = new HashMap<>();
        if (!ContactForm.hasEnoughDigits(form.getPhone())) {
            extra.put("phone", "A phone number needs at least 7 digits.");
        }
        validator.check(form, extra);
    }

    private void refuseDuplicateName(String name, Long exceptId, boolean allowed) {
        if (allowed) {
            return;
        }
        Map<Long, StaffMember> staff = accounts.staffById();
        List<PartnerSummary> same = partners.findByNameKey(Texts.key(name)).stream()
                .filter(p -> !p.getId().equals(exceptId))
                .map(p -> summary(p, staff))
                .toList();
        if (!same.isEmpty()) {
            throw new DuplicatePartnerNameException(Texts.clean(name), same);
        }
    }

    private void flush(String label) {
        try {
            partners.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(label);
        }
    }

    private String ownerName(Long ownerId) {
        return ownerId == null
                ? null
                : accounts.findStaff(ownerId).map(StaffMember::displayName).orElse(null);
    }

    private static PartnerSummary summary(Partner p, Map<Long, StaffMember> staff) {
        StaffMember owner = p.getRelationshipOwnerId() == null ? null : staff.get(p.getRelationshipOwnerId());
        return new PartnerSummary(
                p.getId(),
                p.getName(),
                p.getKind(),
                p.getGovernmentKind(),
                p.getStatus(),
                owner == null ? null : owner.displayName(),
                p.getUpdatedAt(),
                p.getLastContactAt());
    }

    /**
     * Grid column keys to entity properties; the name sorts case-insensitively, ties broken by id.
     * Partners never contacted count as the longest without contact.
     */
    private static Sort directorySort(Pageable pageable) {
        Sort requested = pageable.getSort();
        Sort mapped = Sort.unsorted();
        for (Sort.Order order : requested) {
            if (order.getProperty().equals("lastContactAt")) {
                Sort.Order byContact = new Sort.Order(order.getDirection(), "lastContactAt");
                mapped = mapped.and(Sort.by(order.isAscending() ? byContact.nullsFirst() : byContact.nullsLast()));
                continue;
            }
            String property = switch (order.getProperty()) {
                case "name" -> "nameKey";
                case "kind", "status", "updatedAt" -> order.getProperty();
                default -> null;
            };
            if (property != null) {
                mapped = mapped.and(Sort.by(order.getDirection(), property));
            }
        }
        if (mapped.isUnsorted()) {
            mapped = Sort.by("nameKey");
        }
        return mapped.and(Sort.by("id"));
    }
}
