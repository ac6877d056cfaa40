package org.commonground.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a commitments list. {@code overdue}: still open after its end date; {@code acknowledged}: the
 * partner acknowledged it (for commitments the library makes).
 */
public record CommitmentSummary(
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
        CommitmentStatus status,
        boolean overdue,
        boolean acknowledged,
        Long communityIssueId) {

    public String amountLabel() {
        return Amounts.format(amount, unit);
    }

    /** "Library → Riverside Council" or "Riverside Council → Library". */
    public String fromTo() {
        return direction == CommitmentDirection.LIBRARY_TO_PARTNER
                ? "Library → " + partnerName
                : partnerName + " → Library";
    }

    static CommitmentSummary of(Commitment c, String partnerName, LocalDate today) {
        return new CommitmentSummary(
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
                c.getStatus(),
                !c.getStatus().isClosed()
                        && c.getEndDate() != null
                        && c.getEndDate().isBefore(today),
                c.getAcknowledgedAt() != null,
                c.getCommunityIssueId());
    }
}
