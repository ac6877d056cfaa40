package org.commonground.communityissue;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.CommunityIssuePriorityChanged;
import org.commonground.shared.InputValidator;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The science-based community issues the library works on. Everyone on the library side reads
 * them (they tag meetings and commitments); administrators and the director maintain the list.
 */
@Service
@Transactional(readOnly = true)
public class CommunityIssueService {

    private static final String ISSUE = "community issue";

    private final CommunityIssueRepository issues;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;

    CommunityIssueService(CommunityIssueRepository issues, InputValidator validator, ApplicationEventPublisher events) {
        this.issues = issues;
        this.validator = validator;
        this.events = events;
    }

    /** All issues, high priority first. */
    @LibraryStaffOnly
    public List<CommunityIssueSummary> all() {
        return issues.findAll().stream()
                .sorted(Comparator.comparing(CommunityIssue::getPriority)
                        .thenComparing(i -> i.getName().toLowerCase(Locale.ROOT)))
                .map(CommunityIssueSummary::of)
                .toList();
    }

    /**
     * Names of the given issues, for anyone signed in: a partner's portal names the issue its commitments
     * and missions are about. Ids that do not exist are left out.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        issues.findAllById(ids).forEach(i -> names.put(i.getId(), i.getName()));
        return names;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public long create(CommunityIssueForm form) {
        check(form, null);
        return issues.save(new CommunityIssue(form)).getId();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public void update(long id, CommunityIssueForm form) {
        CommunityIssue issue = issues.findById(id).orElseThrow(() -> new RecordNotFoundException(ISSUE, id));
        if (issue.getVersion() != form.getVersion()) {
            throw new StaleRecordException(ISSUE);
        }
        check(form, id);
        IssuePriority priorityBefore = issue.getPriority();
        issue.apply(form);
        try {
            issues.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(ISSUE);
        }
        if (priorityBefore != issue.getPriority()) {
            events.publishEvent(new CommunityIssuePriorityChanged(id));
        }
    }

    private void check(CommunityIssueForm form, Long exceptId) {
        validator.check(form);
        issues.findByNameKey(Texts.key(form.getName()))
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> validator.check(
                        form, Map.of("name", "There is already an issue named “" + existing.getName() + "”.")));
    }
}
