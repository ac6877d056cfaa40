package org.commonground.interaction;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.mission.MissionOption;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerService;
import org.commonground.security.UserAccountService;
import org.commonground.shared.Formats;
import org.commonground.shared.InputValidator;

/**
 * The rules an interaction must meet, each failure named by its field ("date",
 * "followUps[0].dueDate"…) so the form can show the message where the problem is.
 */
final class InteractionRules {

    private InteractionRules() {}

    static void check(
            InteractionForm form,
            InputValidator validator,
            PartnerService partners,
            UserAccountService accounts,
            CommunityIssueService issues,
            MissionService missions,
            Set<Long> missionsBefore,
            Clock clock) {
        check(form, validator, Lookups.of(List.of(form), partners, accounts, issues), missions, missionsBefore, clock);
    }

    /**
     * What the rules look up, read once for many forms (an import checks thousands with one read of the
     * staff, the issues, and the partners and contacts named).
     */
    record Lookups(Set<Long> staff, Set<Long> issueIds, Set<Long> partnerIds, Map<Long, ContactDetails> contacts) {

        static Lookups of(
                Collection<InteractionForm> forms,
                PartnerService partners,
                UserAccountService accounts,
                CommunityIssueService issues) {
            Set<Long> partnerIds = new HashSet<>();
            Set<Long> contactIds = new HashSet<>();
            forms.forEach(f -> {
                partnerIds.addAll(f.getPartnerIds());
                contactIds.addAll(f.getContactIds());
            });
            return new Lookups(
                    accounts.staffById().keySet(),
                    issues.all().stream().map(CommunityIssueSummary::id).collect(Collectors.toSet()),
                    partners.labelsOf(partnerIds).keySet(),
                    partners.contactsById(contactIds));
        }
    }

    static void check(
            InteractionForm form,
            InputValidator validator,
            Lookups lookups,
            MissionService missions,
            Set<Long> missionsBefore,
            Clock clock) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<Long> staff = lookups.staff();
        ZonedDateTime at = form.getDate() == null || form.getTime() == null || form.getTimeZone() == null
                ? null
                : form.occurredAt();
        if (at != null
                && form.getKind() != null
                && !form.getKind().mayBeInTheFuture()
                && at.isAfter(ZonedDateTime.now(clock).plusDays(1))) {
            problems.put(
                    "date",
                    "This is more than a day from now. Only events can be logged ahead: choose the "
                            + "kind “Event”, or correct the date.");
        }
        checkPartnersAndPeople(form, lookups, staff, problems);
        if (!lookups.issueIds().containsAll(form.getIssueIds())) {
            problems.put("topics", "A chosen community issue no longer exists; choose the topics again.");
        }
        checkMissions(form.getMissionIds(), missionsBefore, missions, problems);
        checkFollowUps(form.getFollowUps(), at, staff, problems);
        validator.check(form, problems);
    }

    private static void checkPartnersAndPeople(
            InteractionForm form, Lookups lookups, Set<Long> staff, Map<String, String> problems) {
        if (!lookups.partnerIds().containsAll(form.getPartnerIds())) {
            problems.put("partnerIds", "A chosen partner no longer exists; choose the partners again.");
        }
        Map<Long, ContactDetails> contacts = lookups.contacts();
        for (Long contactId : form.getContactIds()) {
            ContactDetails contact = contacts.get(contactId);
            if (contact == null) {
                problems.putIfAbsent("contactIds", "A chosen contact no longer exists; choose the people again.");
            } else if (!form.getPartnerIds().contains(contact.partnerId())) {
                problems.putIfAbsent(
                        "contactIds",
                        contact.fullName()
                                + " does not work at any of the chosen partners. Add their organization or remove them.");
            }
        }
        if (!staff.containsAll(form.getStaffIds())) {
            problems.put("staffIds", "Only the library's staff can be listed as staff present.");
        }
    }

    /** Tags must name existing missions; a retired mission may stay on an interaction but not be added anew. */
    private static void checkMissions(
            Set<Long> missionIds, Set<Long> before, MissionService missions, Map<String, String> problems) {
        if (missionIds.isEmpty()) {
            return;
        }
        Map<Long, MissionOption> found = missions.optionsById(missionIds);
        for (Long id : missionIds) {
            MissionOption mission = found.get(id);
            if (mission == null) {
                problems.putIfAbsent(
                        "missionIds", "A chosen shared mission no longer exists; choose the missions " + "again.");
            } else if (mission.status() == MissionStatus.RETIRED && !before.contains(id)) {
                problems.putIfAbsent(
                        "missionIds",
                        "“" + mission.title() + "” is retired: new interactions cannot " + "be tagged with it.");
            }
        }
    }

    private static void checkFollowUps(
            List<FollowUpDraft> drafts, ZonedDateTime at, Set<Long> staff, Map<String, String> problems) {
        for (int i = 0; i < drafts.size(); i++) {
            FollowUpDraft draft = drafts.get(i);
            String field = "followUps[" + i + "].";
            if (draft.description() == null || draft.description().isBlank()) {
                problems.put(field + "description", "Say what needs to be done.");
            } else if (draft.description().strip().length() > FollowUpDraft.DESCRIPTION_MAX) {
                problems.put(field + "description", "A follow-up can be at most 500 characters.");
            }
            if (draft.ownerId() == null) {
                problems.put(field + "ownerId", "Choose who will do it.");
            } else if (!staff.contains(draft.ownerId())) {
                problems.put(field + "ownerId", "Choose someone from the library's staff.");
            }
            if (draft.dueDate() == null) {
                problems.put(field + "dueDate", "Choose a due date.");
            } else if (at != null && draft.dueDate().isBefore(at.toLocalDate())) {
                problems.put(
                        field + "dueDate",
                        "This is before the interaction itself (" + Formats.date(at) + "). Choose a later date.");
            }
        }
    }
}
