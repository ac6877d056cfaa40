package org.commonground.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.history.HistoryEntry;
import org.commonground.history.HistoryService;
import org.commonground.mission.PortalMissionService;
import org.commonground.partner.PartnerService;
import org.commonground.security.CurrentUser;
import org.commonground.security.SecurityEvents;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.Texts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments as a partner user sees them: only their organization's, both directions. They acknowledge
 * the ones the library makes to them and move and note the ones their organization gives, within the same
 * lifecycle rules as staff. Every read and write starts from a query filtered by the caller's organization:
 * another organization's commitment is "not found", exactly like a missing one, and the attempt is logged.
 * Each change is audited under the partner user's name and listed for staff ({@link PartnerUpdate}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PARTNER')")
public class PortalCommitmentService {

    static final String COMMITMENT = "commitment";
    private static final int LIST_MAX = 200;

    private final CommitmentRepository commitments;
    private final PartnerUpdateRepository updates;
    private final CurrentUser currentUser;
    private final PartnerService partners;
    private final CommunityIssueService issues;
    private final PortalMissionService missions;
    private final HistoryService history;
    private final SecurityEvents securityEvents;
    private final Clock clock;
    private final ZoneId libraryZone;

    PortalCommitmentService(
            CommitmentRepository commitments,
            PartnerUpdateRepository updates,
            CurrentUser currentUser,
            PartnerService partners,
            CommunityIssueService issues,
            PortalMissionService missions,
            HistoryService history,
            SecurityEvents securityEvents,
            Clock clock,
            CommonGroundProperties properties) {
        this.commitments = commitments;
        this.updates = updates;
        this.currentUser = currentUser;
        this.partners = partners;
        this.issues = issues;
        this.missions = missions;
        this.history = history;
        this.securityEvents = securityEvents;
        this.clock = clock;
        this.libraryZone = properties.timeZone();
    }

    /** The organization's commitments whose description contains the text (all for a blank one), newest first. */
    public List<CommitmentSummary> ofMyOrganization(String text) {
        long mine = currentUser.requirePartnerId();
        String name = partners.ownOrganizationName();
        LocalDate today = today();
        return commitments.ofPartner(mine, Texts.containsPattern(text), PageRequest.of(0, LIST_MAX)).stream()
                .map(c -> CommitmentSummary.of(c, name, today))
                .toList();
    }

    public CommitmentDetails get(long id) {
        Commitment c = mine(id);
        String issue = c.getCommunityIssueId() == null
                ? null
                : issues.namesOf(Set.of(c.getCommunityIssueId())).get(c.getCommunityIssueId());
        // The mission is named only if this organization signed it; otherwise it is someone else's business.
        Map<Long, String> signed =
                c.getMissionId() == null ? Map.of() : missions.titlesOfMine(Set.of(c.getMissionId()));
        Long missionId = signed.isEmpty() ? null : c.getMissionId();
        return CommitmentDetails.of(
                c, partners.ownOrganizationName(), issue, missionId, missionId == null ? null : signed.get(missionId));
    }

    /** The commitment's history, naming only what this organization may see. */
    public List<HistoryEntry> history(long id) {
        Commitment c = mine(id);
        String name = partners.ownOrganizationName();
        Map<Long, String> issueNames =
                c.getCommunityIssueId() == null ? Map.of() : issues.namesOf(Set.of(c.getCommunityIssueId()));
        List<HistoryEntry> all = new ArrayList<>(history.of(
                Commitment.class,
                id,
                x -> "Commitment “" + x.getDescription() + "”",
                CommitmentHistory.fields(p -> name, issueNames, this::missionTitleIfSigned)));
        all.addAll(history.ofRelated(
                CommitmentNote.class, COMMITMENT, id, n -> "Progress note", CommitmentHistory.noteFields()));
        all.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return all;
    }

    /** The partner says they have seen a commitment the library made to them. */
    @Transactional
    public void acknowledge(long id, long version) {
        Commitment c = mineAt(id, version);
        if (c.getDirection() != CommitmentDirection.LIBRARY_TO_PARTNER) {
            throw InvalidInputException.of(
                    "status",
                    "Your organization gives this commitment: update its status or " + "add a progress note instead.");
        }
        if (c.getAcknowledgedAt() != null) {
            throw InvalidInputException.of("status", "This commitment is already acknowledged.");
        }
        if (c.getStatus() == CommitmentStatus.WITHDRAWN || c.getStatus() == CommitmentStatus.LAPSED) {
            throw InvalidInputException.of(
                    "status",
                    "This commitment is " + c.getStatus().label().toLowerCase(Locale.ROOT)
                            + "; there is nothing to acknowledge.");
        }
        c.acknowledge(clock.instant(), currentUser.displayName());
        flush();
        record(c, "acknowledged");
    }

    /** Moves a commitment the organization gives along its lifecycle; a forbidden move says why. */
    @Transactional
    public void changeStatus(long id, CommitmentStatus target, long version) {
        Commitment c = ownGiving(mineAt(id, version));
        String whyNot = c.getStatus().whyNot(target);
        if (whyNot != null) {
            throw InvalidInputException.of("status", whyNot);
        }
        c.moveTo(target, clock.instant());
        c.derive(libraryZone);
        flush();
        record(c, "moved to " + target.label().toLowerCase(Locale.ROOT));
    }

    /** A progress note on a commitment the organization gives. */
    @Transactional
    public void addNote(long id, String text) {
        CommitmentRules.checkNote(text);
        Commitment c = ownGiving(mine(id));
        c.getNotes().add(0, new CommitmentNote(c, text.strip()));
        flush();
        record(c, "added a progress note");
    }

    // ---- helpers

    private Commitment ownGiving(Commitment c) {
        if (c.getDirection() != CommitmentDirection.PARTNER_TO_LIBRARY) {
            throw InvalidInputException.of(
                    "status",
                    "The library keeps the commitments it makes to you up to date; " + "you can acknowledge this one.");
        }
        return c;
    }

    /** The caller's organization's commitment, or "not found" (logged) whether it is missing or someone else's. */
    private Commitment mine(long id) {
        long partnerId = currentUser.requirePartnerId();
        return commitments.findByIdAndPartnerId(id, partnerId).orElseThrow(() -> {
            securityEvents.refused(COMMITMENT, id, commitments.existsById(id));
            return new RecordNotFoundException(COMMITMENT, id);
        });
    }

    private Commitment mineAt(long id, long version) {
        Commitment c = mine(id);
        if (c.getVersion() != version) {
            throw new StaleRecordException(COMMITMENT);
        }
        return c;
    }

    private String missionTitleIfSigned(Long missionId) {
        return missions.titlesOfMine(Set.of(missionId)).getOrDefault(missionId, "another shared mission");
    }

    private void record(Commitment c, String action) {
        updates.save(new PartnerUpdate(
                c.getId(),
                c.getPartnerId(),
                currentUser.username().orElseThrow(),
                currentUser.displayName(),
                action,
                clock.instant()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(libraryZone));
    }

    private void flush() {
        try {
            commitments.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(COMMITMENT);
        }
    }
}
