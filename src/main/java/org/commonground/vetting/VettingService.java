package org.commonground.vetting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.history.HistoryEntry;
import org.commonground.history.HistoryField;
import org.commonground.history.HistoryService;
import org.commonground.partner.PartnerService;
import org.commonground.security.Account;
import org.commonground.security.CurrentUser;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.security.StaffMember;
import org.commonground.security.UserAccountService;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.InputValidator;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.Texts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner vetting: the criteria administrators define, and dated vettings of partners by library
 * people, one answer per active criterion. A vetting is immutable; a newer one supersedes it. Partner
 * users may not call any of it. Every change is audited (Envers).
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class VettingService {

    private static final String CRITERION = "vetting criterion";
    private static final String CRITERIA = "list of vetting criteria";
    private static final String VETTING = "partner's vetting";

    private final VettingCriterionRepository criteria;
    private final VettingRepository vettings;
    private final PartnerService partners;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final HistoryService history;
    private final Clock clock;
    private final ZoneId libraryZone;

    VettingService(
            VettingCriterionRepository criteria,
            VettingRepository vettings,
            PartnerService partners,
            UserAccountService accounts,
            CurrentUser currentUser,
            InputValidator validator,
            HistoryService history,
            Clock clock,
            CommonGroundProperties properties) {
        this.criteria = criteria;
        this.vettings = vettings;
        this.partners = partners;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.history = history;
        this.clock = clock;
        this.libraryZone = properties.timeZone();
    }

    // ---- criteria (administrators maintain them; library people read the active ones)

    /** The criteria a vetting asks now, in their order. */
    public List<CriterionSummary> activeCriteria() {
        return criteria.findByRetiredFalseOrderByDisplayOrderAscIdAsc().stream()
                .map(c -> CriterionSummary.of(c, false))
                .toList();
    }

    /** Every criterion, retired ones included, in their order, with whether a vetting has used it. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CriterionSummary> allCriteria() {
        Set<Long> used = vettings.usedCriterionIds();
        return criteria.findAllByOrderByDisplayOrderAscIdAsc().stream()
                .map(c -> CriterionSummary.of(c, used.contains(c.getId())))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long createCriterion(CriterionForm form) {
        checkCriterion(form, null);
        return criteria.save(new VettingCriterion(form, criteria.lastDisplayOrder() + 1))
                .getId();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void updateCriterion(long id, CriterionForm form) {
        VettingCriterion criterion = findCriterion(id, form.getVersion());
        checkCriterion(form, id);
        criterion.apply(form);
        flush(CRITERION);
    }

    /** No longer asked in new vettings; earlier vettings keep their answers. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void retireCriterion(long id, long version) {
        findCriterion(id, version).retire();
        flush(CRITERION);
    }

    /** Asked again in new vettings. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void restoreCriterion(long id, long version) {
        findCriterion(id, version).restore();
        flush(CRITERION);
    }

    /** Deletes a criterion no vetting has answered yet; one that has been used can only be retired. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteCriterion(long id, long version) {
        VettingCriterion criterion = findCriterion(id, version);
        if (vettings.criterionUsed(id)) {
            throw InvalidInputException.of(
                    "criterion",
                    "“" + criterion.getName()
                            + "” has been answered in vettings, so it cannot be deleted. Retire it instead.");
        }
        criteria.delete(criterion);
        flush(CRITERION);
    }

    /** Swaps an active criterion with the active one before (up) or after it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void moveCriterion(long id, long version, boolean up) {
        VettingCriterion criterion = findCriterion(id, version);
        List<VettingCriterion> active = criteria.findByRetiredFalseOrderByDisplayOrderAscIdAsc();
        int at = active.indexOf(criterion);
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= active.size()) {
            return; // already first or last (or retired): nothing to move
        }
        VettingCriterion neighbour = active.get(other);
        int mine = criterion.getDisplayOrder();
        int theirs = neighbour.getDisplayOrder();
        if (mine == theirs) {
            theirs = up ? mine - 1 : mine + 1;
        }
        criterion.moveTo(theirs);
        neighbour.moveTo(mine);
        flush(CRITERIA);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<HistoryEntry> criterionHistory(long id) {
        return history.of(
                VettingCriterion.class,
                id,
                c -> "Criterion " + c.getName(),
                List.of(
                        HistoryField.of("Name", VettingCriterion::getName),
                        HistoryField.of("Description", VettingCriterion::getDescription),
                        HistoryField.of("Place in the list", VettingCriterion::getDisplayOrder),
                        HistoryField.of("Status", c -> c.isRetired() ? "Retired" : "Active")));
    }

    /** Whether any criterion is active: the rubric's "defined criteria" indicator. */
    public boolean hasActiveCriteria() {
        return criteria.existsByRetiredFalse();
    }

    // ---- vetting partners

    /** A blank vetting of a partner: the active criteria, and the latest vetting it would supersede. */
    public VettingForm newForm(long partnerId) {
        partners.get(partnerId);
        Long latest = vettings.findFirstByPartnerIdOrderByVettedAtDescIdDesc(partnerId)
                .map(Vetting::getId)
                .orElse(null);
        return new VettingForm(partnerId, latest, activeCriteria());
    }

    /** Records a vetting by the signed-in library person, now. Nothing is saved unless every answer is valid. */
    @Transactional
    public long record(VettingForm form) {
        long vetterId = currentUser
                .account()
                .filter(a -> a.role().isLibraryStaff())
                .map(Account::id)
                .orElseThrow(
                        () -> InvalidInputException.of("vetter", "Only a signed-in library person can vet a partner."));
        return save(form, clock.instant(), vetterId);
    }

    /**
     * Records a vetting done earlier (on paper, before the library used Common Ground): for
     * administrators importing past records. The date may not be in the future.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long recordEarlier(VettingForm form, Instant vettedAt, long vetterId) {
        if (vettedAt == null || vettedAt.isAfter(clock.instant())) {
            throw InvalidInputException.of("vettedAt", "A vetting cannot be dated in the future.");
        }
        if (accounts.findStaff(vetterId).isEmpty()) {
            throw InvalidInputException.of("vetter", "Choose who vetted the partner from the library's staff.");
        }
        return save(form, vettedAt, vetterId);
    }

    /** The partner's latest vetting, if it has been vetted. */
    public Optional<VettingDetails> latest(long partnerId) {
        partners.get(partnerId);
        return vettings.findFirstByPartnerIdOrderByVettedAtDescIdDesc(partnerId)
                .map(v -> details(v, accounts.staffById()));
    }

    /** All the partner's vettings, newest (the current one) first. */
    public List<VettingDetails> vettingsOf(long partnerId) {
        partners.get(partnerId);
        Map<Long, StaffMember> staff = accounts.staffById();
        return vettings.findByPartnerIdOrderByVettedAtDescIdDesc(partnerId).stream()
                .map(v -> details(v, staff))
                .toList();
    }

    /** The audit history of the partner's vettings and their answers, newest first. */
    public List<HistoryEntry> history(long partnerId) {
        partners.get(partnerId);
        Map<Long, StaffMember> staff = accounts.staffById();
        List<HistoryField<Vetting>> vettingFields = List.of(
                HistoryField.of("Vetted", v -> Formats.date(v.getVettedAt().atZone(libraryZone))),
                HistoryField.of("Vetted by", v -> name(v.getVetterId(), staff)));
        List<HistoryField<VettingAnswer>> answerFields = List.of(
                HistoryField.of("Answer", a -> a.getAnswer().label()), HistoryField.of("Note", VettingAnswer::getNote));
        List<HistoryEntry> all = new ArrayList<>();
        for (Vetting vetting : vettings.findByPartnerIdOrderByVettedAtDescIdDesc(partnerId)) {
            String day = Formats.date(vetting.getVettedAt().atZone(libraryZone));
            all.addAll(history.of(Vetting.class, vetting.getId(), v -> "Vetting of " + day, vettingFields));
            all.addAll(history.ofRelated(
                    VettingAnswer.class,
                    "vetting",
                    vetting.getId(),
                    a -> "Answer on “" + a.getCriterionName() + "” (vetting of " + day + ")",
                    answerFields));
        }
        all.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return all;
    }

    // ---- for the rubric

    /** The partners with a vetting at or after the given instant. */
    public Set<Long> vettedPartnerIds(Instant since) {
        return vettings.partnersVettedSince(since);
    }

    // ---- helpers

    private long save(VettingForm form, Instant vettedAt, long vetterId) {
        partners.get(form.getPartnerId());
        Long latest = vettings.findFirstByPartnerIdOrderByVettedAtDescIdDesc(form.getPartnerId())
                .map(Vetting::getId)
                .orElse(null);
        if (!Objects.equals(latest, form.getBasedOnVettingId())) {
            throw new StaleRecordException(VETTING);
        }
        List<VettingCriterion> asked = criteria.findByRetiredFalseOrderByDisplayOrderAscIdAsc();
        if (asked.isEmpty()) {
            throw InvalidInputException.of(
                    "criteria",
                    "There are no vetting criteria yet. An administrator defines them under Vetting criteria.");
        }
        Set<Long> askedIds = asked.stream().map(VettingCriterion::getId).collect(Collectors.toSet());
        Set<Long> formIds =
                form.getCriteria().stream().map(CriterionSummary::id).collect(Collectors.toSet());
        if (!askedIds.equals(formIds)) {
            throw new StaleRecordException(CRITERIA);
        }
        Map<String, String> messages = new LinkedHashMap<>();
        for (VettingCriterion criterion : asked) {
            long id = criterion.getId();
            Verdict verdict = form.verdict(id);
            String note = Texts.clean(form.note(id));
            if (verdict == null) {
                messages.put(
                        VettingForm.answerField(id),
                        "Answer “" + criterion.getName() + "”: met, not met or not applicable.");
            } else if (verdict == Verdict.NOT_MET && note == null) {
                messages.put(
                        VettingForm.noteField(id),
                        "Say why “" + criterion.getName()
                                + "” is not met: a note is required when a criterion is not met.");
            }
            if (note != null && note.length() > VettingForm.NOTE_MAX) {
                messages.put(
                        VettingForm.noteField(id),
                        "The note on “" + criterion.getName() + "” can be at most " + VettingForm.NOTE_MAX
                                + " characters.");
            }
        }
        validator.check(form, messages);
        Vetting vetting = new Vetting(form.getPartnerId(), vettedAt, vetterId);
        for (VettingCriterion criterion : asked) {
            vetting.answer(criterion, form.verdict(criterion.getId()), form.note(criterion.getId()));
        }
        return vettings.save(vetting).getId();
    }

    private VettingDetails details(Vetting v, Map<Long, StaffMember> staff) {
        List<VettingDetails.Answer> answers = v.getAnswers().stream()
                .map(a ->
                        new VettingDetails.Answer(a.getCriterionId(), a.getCriterionName(), a.getAnswer(), a.getNote()))
                .toList();
        return new VettingDetails(v.getId(), v.getPartnerId(), v.getVettedAt(), name(v.getVetterId(), staff), answers);
    }

    private static String name(Long userId, Map<Long, StaffMember> staff) {
        StaffMember member = userId == null ? null : staff.get(userId);
        return member == null ? "user #" + userId : member.displayName();
    }

    private VettingCriterion findCriterion(long id, long version) {
        VettingCriterion criterion =
                criteria.findById(id).orElseThrow(() -> new RecordNotFoundException(CRITERION, id));
        if (criterion.getVersion() != version) {
            throw new StaleRecordException(CRITERION);
        }
        return criterion;
    }

    private void checkCriterion(CriterionForm form, Long exceptId) {
        validator.check(form);
        criteria.findByNameKey(Texts.key(form.getName()))
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> validator.check(
                        form,
                        Map.of(
                                "name",
                                "There is already a criterion named “"
                                        + existing.getName() + "”"
                                        + (existing.isRetired() ? " (retired: restore it instead)" : "")
                                        + ".")));
    }

    private void flush(String label) {
        try {
            criteria.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(label);
        }
    }
}
