package org.commonground.interaction;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/** Everything the interaction page shows; {@code missions} are the shared missions it is tagged with. */
public record InteractionDetails(
        long id,
        InteractionKind kind,
        ZonedDateTime at,
        Initiator initiatedBy,
        List<Named> partners,
        List<Named> contacts,
        List<Named> staff,
        List<Topic> topics,
        List<Named> missions,
        String notes,
        boolean sharedWithPartners,
        List<FollowUpItem> followUps,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** "Meeting with Office of the Mayor, Water Utility" */
    public String title() {
        return kind.label() + " with "
                + String.join(", ", partners.stream().map(Named::name).toList());
    }
}
