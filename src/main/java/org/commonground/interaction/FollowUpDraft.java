package org.commonground.interaction;

import java.time.LocalDate;

/**
 * A follow-up as the interaction form holds it; id and version are null for a new one.
 */
public record FollowUpDraft(Long id, String description, Long ownerId, LocalDate dueDate, Long version) {

    public static final int DESCRIPTION_MAX = 500;

    public static FollowUpDraft of(String description, Long ownerId, LocalDate dueDate) {
        return new FollowUpDraft(null, description, ownerId, dueDate, null);
    }
}
