package org.commonground.mission;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.history.HistoryField;
import org.commonground.security.StaffMember;
import org.commonground.shared.Formats;

/** Which fields of a mission, its measures and measurements the history shows, under which labels. */
final class MissionHistory {

    private MissionHistory() {}

    static List<HistoryField<SharedMission>> missionFields(
            Map<Long, String> partnerNames, Map<Long, String> issueNames, Map<Long, StaffMember> staff) {
        return List.of(
                HistoryField.of("Statement", SharedMission::getStatement),
                HistoryField.of(
                        "Community issue",
                        m -> m.getIssueId() == null
                                ? null
                                : issueNames.getOrDefault(m.getIssueId(), "#" + m.getIssueId())),
                HistoryField.of("Signatories", m -> joined(m.getSignatoryPartnerIds(), partnerNames)),
                HistoryField.of(
                        "Status",
                        m -> m.getStatus() == null ? null : m.getStatus().label()),
                HistoryField.of(
                        "Adoption date", m -> m.getAdoptionDate() == null ? null : Formats.date(m.getAdoptionDate())),
                HistoryField.of(
                        "Owner",
                        m -> m.getOwnerId() == null
                                ? null
                                : staff.containsKey(m.getOwnerId())
                                        ? staff.get(m.getOwnerId()).displayName()
                                        : "user #" + m.getOwnerId()));
    }

    static List<HistoryField<EvaluationMeasure>> measureFields() {
        return List.of(
                HistoryField.of("Name", EvaluationMeasure::getName),
                HistoryField.of("Unit", EvaluationMeasure::getUnit),
                HistoryField.of(
                        "Direction",
                        m -> m.getDirection() == null ? null : m.getDirection().label()),
                HistoryField.of("Target", m -> Numbers.plain(m.getTargetValue())),
                HistoryField.of(
                        "Target date", m -> m.getTargetDate() == null ? null : Formats.date(m.getTargetDate())));
    }

    static List<HistoryField<Measurement>> measurementFields() {
        return List.of(
                HistoryField.of("Date", m -> m.getDate() == null ? null : Formats.date(m.getDate())),
                HistoryField.of("Value", m -> Numbers.plain(m.getValue())),
                HistoryField.of("Note", Measurement::getNote));
    }

    /** Names in a stable order, so an unchanged set never reads as a change. */
    private static String joined(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining(", "));
    }
}
