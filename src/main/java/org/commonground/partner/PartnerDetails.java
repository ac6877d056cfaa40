package org.commonground.partner;

import java.time.Instant;
import java.util.List;

/** Everything the partner page shows about one partner. */
public record PartnerDetails(
        long id,
        String name,
        PartnerKind kind,
        GovernmentKind governmentKind,
        PartnerStatus status,
        String missionAndGoals,
        String communitiesServed,
        String website,
        Long relationshipOwnerId,
        String relationshipOwner,
        List<ContactDetails> contacts,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant lastContactAt) {

    public String kindLabel() {
        return governmentKind == null ? kind.label() : kind.label() + " · " + governmentKind.label();
    }
}
