package org.commonground.interaction;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.security.CurrentUser;
import org.commonground.security.SecurityEvents;
import org.commonground.security.StaffMember;
import org.commonground.security.UserAccountService;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.Texts;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What the library logged with us": the interactions with a partner user's organization that staff marked as
 * shared (interactions are private by default). Every read is filtered by the caller's organization and the
 * shared flag; anything else is "not found" like a missing record, and the attempt is logged.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PARTNER')")
public class PortalInteractionService {

    private static final String INTERACTION = "interaction";

    private final InteractionRepository interactions;
    private final CurrentUser currentUser;
    private final CommunityIssueService issues;
    private final UserAccountService accounts;
    private final SecurityEvents securityEvents;

    PortalInteractionService(
            InteractionRepository interactions,
            CurrentUser currentUser,
            CommunityIssueService issues,
            UserAccountService accounts,
            SecurityEvents securityEvents) {
        this.interactions = interactions;
        this.currentUser = currentUser;
        this.issues = issues;
        this.accounts = accounts;
        this.securityEvents = securityEvents;
    }

    /** The newest shared interactions whose notes contain the text (all for a blank one), at most {@code limit}. */
    public List<SharedInteraction> sharedWithMyOrganization(String text, int limit) {
        long mine = currentUser.requirePartnerId();
        List<Interaction> found = interactions.sharedWith(mine, Texts.containsPattern(text), PageRequest.of(0, limit));
        Set<Long> issueIds = new HashSet<>();
        found.forEach(i -> issueIds.addAll(i.getIssueIds()));
        Map<Long, String> issueNames = issues.namesOf(issueIds);
        Map<Long, StaffMember> staff = accounts.staffById();
        return found.stream().map(i -> shared(i, issueNames, staff)).toList();
    }

    public SharedInteraction get(long id) {
        long mine = currentUser.requirePartnerId();
        Interaction i = interactions.findSharedWith(id, mine).orElseThrow(() -> {
            securityEvents.refused(INTERACTION, id, interactions.existsById(id));
            return new RecordNotFoundException(INTERACTION, id);
        });
        return shared(i, issues.namesOf(i.getIssueIds()), accounts.staffById());
    }

    private static SharedInteraction shared(Interaction i, Map<Long, String> issueNames, Map<Long, StaffMember> staff) {
        List<String> topics = InteractionService.topicsOf(i, issueNames).stream()
                .map(Topic::label)
                .toList();
        List<String> people = i.getStaffIds().stream()
                .filter(staff::containsKey)
                .map(s -> staff.get(s).displayName())
                .sorted()
                .toList();
        return new SharedInteraction(
                i.getId(),
                i.getKind(),
                i.localTime(),
                topics,
                people,
                i.getNotes() == null ? "" : i.getNotes(),
                InteractionService.excerpt(i.getNotes()));
    }
}
