package org.commonground.security;

import java.time.Instant;

/** A partner organization's user as the partner page's "portal access" section shows it. */
public record PortalUser(
        long id,
        String username,
        String displayName,
        String email,
        boolean active,
        Instant lastSignInAt,
        long version) {}
