package org.commonground.portal;

import java.time.Instant;

/** What the acceptance page shows for a valid link: who is invited, by which organization, a user name to start from. */
public record InvitationPreview(
        String partnerName, String displayName, String email, String suggestedUsername, Instant expiresAt) {}
