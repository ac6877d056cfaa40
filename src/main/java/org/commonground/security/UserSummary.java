package org.commonground.security;

import java.time.Instant;

/** One row of the administrators' user list. {@code partnerId} is set for partner users. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        Long partnerId,
        Status status,
        Instant lockedUntil,
        Instant lastSignInAt,
        boolean mustChangePassword,
        long version) {

    /** Where the account stands, as the list says it. */
    public enum Status {
        ACTIVE("Active"),
        LOCKED("Locked"),
        DEACTIVATED("Deactivated");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
