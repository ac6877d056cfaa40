package org.commonground.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One commitment, whole, for its page. Names are resolved; ids kept for links. */
public record CommitmentDetails(
        long id,
        CommitmentDirection direction,
        long partnerId,
        String partnerName,
        CommitmentKind kind,
        String description,
        BigDecimal amount,
        CommitmentUnit unit,
        LocalDate startDate,
        LocalDate endDate,
        Long communityIssueId,
        String communityIssueName,
        Long missionId,
        String missionName,
        CommitmentStatus status,
        Instant statusChangedAt,
        Set<CommitmentStatus> nextStatuses,
        List<ProgressNote> notes,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant acknowledgedAt,
        String acknowledgedBy) {

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public String amountLabel() {
        return Amounts.format(amount, unit);
    }

    public String title() {
        String who = direction == CommitmentDirection.LIBRARY_TO_PARTNER
                ? "Library → " + partnerName
                : partnerName + " → Library";
        return kind.label() + ": " + who;
    }

    /** The commitment with the names the caller may see (a partner sees only missions it signed). */
    static CommitmentDetails of(
            Commitment c, String partnerName, String issueName, Long missionId, String missionName) {
        List<ProgressNote> notes = c.getNotes().stream()
                .map(n -> new ProgressNote(n.getId(), n.getText(), n.getCreatedAt(), n.getCreatedBy()))
                .toList();
        return new CommitmentDetails(
                c.getId(),
                c.getDirection(),
                c.getPartnerId(),
                partnerName,
                c.getKind(),
                c.getDescription(),
                c.getAmount(),
                c.getUnit(),
                c.getStartDate(),
                c.getEndDate(),
                c.getCommunityIssueId(),
                issueName,
                missionId,
                missionName,
                c.getStatus(),
                c.getStatusChangedAt(),
                c.getStatus().next(),
                notes,
                c.getVersion(),
                c.getCreatedAt(),
                c.getCreatedBy(),
                c.getUpdatedAt(),
                c.getUpdatedBy(),
                c.getAcknowledgedAt(),
                c.getAcknowledgedBy());
    }

    /** A progress note as shown: text, who wrote it, when. */
    public record ProgressNote(long id, String text, Instant at, String by) {}
}
