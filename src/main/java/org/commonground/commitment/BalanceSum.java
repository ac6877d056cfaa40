package org.commonground.commitment;

import java.math.BigDecimal;

/** One row of the balance query, before it is grouped for display. */
record BalanceSum(
        Long partnerId,
        CommitmentDirection direction,
        CommitmentKind kind,
        CommitmentUnit unit,
        BigDecimal amount,
        Long commitments) {}
