package org.commonground.commitment;

import java.time.Instant;

/**
 * A partner's change for the staff home page: "Tanya Brooks (Maple River Watershed District) acknowledged
 * “Flood sensor workshops”".
 */
public record PartnerUpdateItem(
        long id,
        Instant at,
        String who,
        long partnerId,
        String partnerName,
        long commitmentId,
        String commitment,
        String action) {}
