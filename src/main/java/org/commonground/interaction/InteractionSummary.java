package org.commonground.interaction;

import java.time.ZonedDateTime;
import java.util.List;

/** One row of an interactions list or a partner's timeline. */
public record InteractionSummary(
        long id,
        InteractionKind kind,
        ZonedDateTime at,
        Initiator initiatedBy,
        List<String> partners,
        List<String> topics,
        String excerpt,
        int openFollowUps) {}
