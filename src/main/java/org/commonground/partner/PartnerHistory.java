package org.commonground.partner;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commonground.history.HistoryEntry;
import org.commonground.history.HistoryField;
import org.commonground.history.HistoryService;
import org.commonground.security.StaffMember;

/** Which fields of a partner and its contacts the history shows, under which labels. */
final class PartnerHistory {

    private PartnerHistory() {}

    static List<HistoryEntry> of(HistoryService history, long partnerId, Map<Long, StaffMember> staff) {
        List<HistoryField<Partner>> partnerFields = List.of(
                HistoryField.of("Name", Partner::getName),
                HistoryField.of("Kind", Partner::kindLabel),
                HistoryField.of(
                        "Status",
                        p -> p.getStatus() == null ? null : p.getStatus().label()),
                HistoryField.of("Relationship owner", p -> ownerName(p.getRelationshipOwnerId(), staff)),
                HistoryField.of("Website", Partner::getWebsite),
                HistoryField.of("Mission and goals", Partner::getMissionAndGoals),
                HistoryField.of("Communities served", Partner::getCommunitiesServed));
        List<HistoryField<Contact>> contactFields = List.of(
                HistoryField.of("Name", Contact::getFullName),
                HistoryField.of("Title", Contact::getTitle),
                HistoryField.of("E-mail", Contact::getEmail),
                HistoryField.of("Phone", Contact::getPhone),
                HistoryField.of("Notes", Contact::getNotes));
        return Stream.concat(
                        history.of(Partner.class, partnerId, p -> "Partner " + p.getName(), partnerFields).stream(),
                        history
                                .ofRelated(
                                        Contact.class,
                                        "partner",
                                        partnerId,
                                        c -> "Contact " + c.getFullName(),
                                        contactFields)
                                .stream())
                .sorted(Comparator.comparing(HistoryEntry::at).reversed())
                .toList();
    }

    private static String ownerName(Long id, Map<Long, StaffMember> staff) {
        if (id == null) {
            return null;
        }
        StaffMember member = staff.get(id);
        return member == null ? "user #" + id : member.displayName();
    }
}
