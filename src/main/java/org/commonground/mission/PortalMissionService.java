package org.commonground.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.partner.PartnerService;
import org.commonground.security.CurrentUser;
import org.commonground.security.SecurityEvents;
import org.commonground.security.StaffMember;
import org.commonground.security.UserAccountService;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared missions a partner user's organization signed, read-only, with their measures. Every read starts
 * from a query filtered by the caller's organization; a mission it did not sign is "not found" like a missing
 * one, and the attempt is logged. The other signatories are not named: the portal shows nothing of any other
 * organization.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PARTNER')")
public class PortalMissionService {

    private static final String MISSION = "shared mission";

    private final MissionRepository missions;
    private final MeasureReader measureReader;
    private final CurrentUser currentUser;
    private final PartnerService partners;
    private final CommunityIssueService issues;
    private final UserAccountService accounts;
    private final SecurityEvents securityEvents;
    private final Clock clock;
    private final ZoneId libraryZone;

    PortalMissionService(
            MissionRepository missions,
            MeasureReader measureReader,
            CurrentUser currentUser,
            PartnerService partners,
            CommunityIssueService issues,
            UserAccountService accounts,
            SecurityEvents securityEvents,
            Clock clock,
            CommonGroundProperties properties) {
        this.missions = missions;
        this.measureReader = measureReader;
        this.currentUser = currentUser;
        this.partners = partners;
        this.issues = issues;
        this.accounts = accounts;
        this.securityEvents = securityEvents;
        this.clock = clock;
        this.libraryZone = properties.timeZone();
    }

    /** The missions the organization signed whose statement contains the text (all for a blank one). */
    public List<MissionSummary> ofMyOrganization(String text) {
        long mine = currentUser.requirePartnerId();
        List<SharedMission> found = missions.signedBy(mine, Texts.containsPattern(text));
        String name = partners.ownOrganizationName();
        Map<Long, String> issueNames =
                issues.namesOf(found.stream().map(SharedMission::getIssueId).collect(Collectors.toSet()));
        Map<Long, String> owners = new HashMap<>();
        return found.stream()
                .map(m -> new MissionSummary(
                        m.getId(),
                        Titles.of(m.getStatement()),
                        issueNames.getOrDefault(m.getIssueId(), "—"),
                        m.getStatus(),
                        m.getAdoptionDate(),
                        List.of(name),
                        owners.computeIfAbsent(m.getOwnerId(), this::ownerName)))
                .toList();
    }

    public MissionDetails get(long id) {
        long mine = currentUser.requirePartnerId();
        SharedMission m = missions.findSignedBy(id, mine).orElseThrow(() -> {
            securityEvents.refused(MISSION, id, missions.existsById(id));
            return new RecordNotFoundException(MISSION, id);
        });
        String issue = issues.namesOf(Set.of(m.getIssueId())).getOrDefault(m.getIssueId(), "—");
        List<Signatory> us = List.of(new Signatory(mine, partners.ownOrganizationName(), "Your organization"));
        LocalDate startsOn = m.getAdoptionDate() != null
                ? m.getAdoptionDate()
                : m.getCreatedAt().atZone(libraryZone).toLocalDate();
        return new MissionDetails(
                m.getId(),
                m.getStatement(),
                m.getIssueId(),
                issue,
                m.getStatus(),
                m.getAdoptionDate(),
                startsOn,
                us,
                m.getOwnerId(),
                ownerName(m.getOwnerId()),
                measureReader.of(id),
                m.getVersion(),
                m.getCreatedAt(),
                m.getCreatedBy(),
                m.getUpdatedAt(),
                m.getUpdatedBy());
    }

    /** Titles of those of the given missions the caller's organization signed; the others are left out. */
    public Map<Long, String> titlesOfMine(Collection<Long> ids) {
        long mine = currentUser.requirePartnerId();
        Map<Long, String> titles = new HashMap<>();
        for (Long id : ids) {
            missions.findSignedBy(id, mine).ifPresent(m -> titles.put(m.getId(), Titles.of(m.getStatement())));
        }
        return titles;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(libraryZone));
    }

    private String ownerName(Long ownerId) {
        return accounts.findStaff(ownerId).map(StaffMember::displayName).orElse("the library");
    }
}
