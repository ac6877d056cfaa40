package org.commonground.interaction;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.history.HistoryField;
import org.commonground.mission.MissionService;
import org.commonground.partner.PartnerService;
import org.commonground.security.StaffMember;
import org.commonground.shared.Formats;

/** Which fields of an interaction and its follow-ups the history shows, under which labels. */
final class InteractionHistory {

    private InteractionHistory() {}

    static List<HistoryField<Interaction>> fields(
            PartnerService partners,
            Map<Long, StaffMember> staff,
            Map<Long, String> issueNames,
            MissionService missions) {
        return List.of(
                HistoryField.of("Kind", i -> i.getKind().label()),
                HistoryField.of(
                        "When",
                        i -> Formats.dateTime(i.localTime()) + " ("
                                + i.getZone().getId() + ")"),
                HistoryField.of("Initiated by", i -> i.getInitiatedBy().label()),
                HistoryField.of("Partners", i -> joined(i.getPartnerIds(), partners.namesOf(i.getPartnerIds()))),
                HistoryField.of(
                        "Contacts present",
                        i -> joined(
                                i.getContactIds(),
                                partners.contactsById(i.getContactIds()).entrySet().stream()
                                        .collect(Collectors.toMap(
                                                Map.Entry::getKey,
                                                e -> e.getValue().fullName())))),
                HistoryField.of(
                        "Staff present",
                        i -> joined(
                                i.getStaffIds(),
                                staff.entrySet().stream()
                                        .collect(Collectors.toMap(
                                                Map.Entry::getKey,
                                                e -> e.getValue().displayName())))),
                HistoryField.of("Community issues", i -> joined(i.getIssueIds(), issueNames)),
                HistoryField.of(
                        "Themes",
                        i -> i.getThemes().stream().sorted().map(Theme::label).collect(Collectors.joining(", "))),
                HistoryField.of("Shared missions", i -> joined(i.getMissionIds(), missions.namesOf(i.getMissionIds()))),
                HistoryField.of("Notes", Interaction::getNotes),
                HistoryField.of("Shared with partners", i -> i.isSharedWithPartners() ? "yes" : "no"));
    }

    static List<HistoryField<FollowUp>> followUpFields(Map<Long, StaffMember> staff) {
        return List.of(
                HistoryField.of("What", FollowUp::getDescription),
                HistoryField.of(
                        "Owner",
                        f -> staff.containsKey(f.getOwnerId())
                                ? staff.get(f.getOwnerId()).displayName()
                                : "user #" + f.getOwnerId()),
                HistoryField.of("Due", FollowUp::getDueDate),
                HistoryField.of("Done", f -> f.isDone() ? "yes, by " + f.getDoneBy() : "no"));
    }

    /** Names in a stable order, so an unchanged set never reads as a change. */
    private static String joined(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining(", "));
    }
}
