package org.commonground.commitment;

import java.math.BigDecimal;
import org.commonground.partner.PartnerKind;

/** One row of the by-partner-kind balance query. */
record KindSum(
        PartnerKind partnerKind,
        CommitmentDirection direction,
        CommitmentKind kind,
        CommitmentUnit unit,
        BigDecimal amount,
        Long commitments) {}
