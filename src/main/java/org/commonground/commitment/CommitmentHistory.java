package org.commonground.commitment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonground.history.HistoryField;

/** Which fields of a commitment and its progress notes the history shows, under which labels. */
final class CommitmentHistory {

    private CommitmentHistory() {}

    static List<HistoryField<Commitment>> fields(
            Function<Long, String> partnerName, Map<Long, String> issueNames, Function<Long, String> missionName) {
        return List.of(
                HistoryField.of("Who gives", c -> c.getDirection().description()),
                HistoryField.of("Partner", c -> partnerName.apply(c.getPartnerId())),
                HistoryField.of("Kind", c -> c.getKind().label()),
                HistoryField.of("Description", Commitment::getDescription),
                HistoryField.of("Amount", c -> Amounts.format(c.getAmount(), c.getUnit())),
                HistoryField.of("Start", Commitment::getStartDate),
                HistoryField.of("End", Commitment::getEndDate),
                HistoryField.of(
                        "Community issue",
                        c -> c.getCommunityIssueId() == null
                                ? null
                                : issueNames.getOrDefault(c.getCommunityIssueId(), "#" + c.getCommunityIssueId())),
                HistoryField.of(
                        "Shared mission", c -> c.getMissionId() == null ? null : missionName.apply(c.getMissionId())),
                HistoryField.of("Status", c -> c.getStatus().label()),
                HistoryField.of("Acknowledged by the partner", Commitment::getAcknowledgedBy));
    }

    static List<HistoryField<CommitmentNote>> noteFields() {
        return List.of(HistoryField.of("Text", CommitmentNote::getText));
    }
}
