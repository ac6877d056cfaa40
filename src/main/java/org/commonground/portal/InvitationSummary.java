package org.commonground.portal;

import java.time.Instant;

/** An invitation as the partner page lists it. */
public record InvitationSummary(
        long id,
        String displayName,
        String email,
        InvitationState state,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        long version) {}
