package org.commonground.partner;

import java.time.Instant;

/** One directory row. */
public record PartnerSummary(
        long id,
        String name,
        PartnerKind kind,
        GovernmentKind governmentKind,
        PartnerStatus status,
        String relationshipOwner,
        Instant updatedAt,
        Instant lastContactAt) {

    public String kindLabel() {
        return governmentKind == null ? kind.label() : kind.label() + " · " + governmentKind.label();
    }
}
