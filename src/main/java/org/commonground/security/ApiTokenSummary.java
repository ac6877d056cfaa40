package org.commonground.security;

import java.time.Instant;

/** A token as its owner's list shows it: never the token itself, only how it starts. */
public record ApiTokenSummary(
        long id,
        String name,
        String tokenStart,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        long version) {

    public boolean active() {
        return revokedAt == null;
    }
}
