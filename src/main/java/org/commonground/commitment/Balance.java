package org.commonground.commitment;

import java.time.LocalDate;
import java.util.List;

/**
 * The balance of commitments over a period: per partner kind and per partner, what the library gives
 * and receives, by kind and unit. Counts active and fulfilled commitments whose dates overlap the period,
 * at their full amount (proposals, lapsed and withdrawn ones are not investments).
 */
public record Balance(LocalDate from, LocalDate to, List<BalanceLine> byPartnerKind, List<PartnerBalance> byPartner) {

    /** One partner's lines. */
    public record PartnerBalance(long partnerId, String partnerName, List<BalanceLine> lines) {}
}
