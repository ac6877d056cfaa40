package org.commonground.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of a commitments list. {@code overdue}: still open after its end date. */
public record CommitmentSummary(long id, CommitmentDirection direction, long partnerId, String partnerName,
        CommitmentKind kind, String description, BigDecimal amount, CommitmentUnit unit, LocalDate startDate,
        LocalDate endDate, CommitmentStatus status, boolean overdue) {

    public String amountLabel() {
        return Amounts.format(amount, unit);
    }

    /** "Library → Riverside Council" or "Riverside Council → Library". */
    public String fromTo() {
        return direction == CommitmentDirection.LIBRARY_TO_PARTNER ? "Library → " + partnerName
                : partnerName + " → Library";
    }
}
