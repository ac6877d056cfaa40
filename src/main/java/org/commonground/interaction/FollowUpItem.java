package org.commonground.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A follow-up as lists show it, with the interaction it came from. */
public record FollowUpItem(
        long id,
        long interactionId,
        String interactionLabel,
        List<String> partners,
        String description,
        Long ownerId,
        String owner,
        LocalDate dueDate,
        boolean overdue,
        Instant doneAt,
        String doneBy,
        long version) {

    public boolean done() {
        return doneAt != null;
    }
}
