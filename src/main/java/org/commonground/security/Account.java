package org.commonground.security;

import org.jspecify.annotations.Nullable;

/**
 * A user account as other features see it: who, in which role, for which organization — never the entity or its
 * password hash. Read fresh on each call ({@link CurrentUser#account()}), so role and flags are current.
 */
public record Account(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        Role role,
        @Nullable Long partnerId,
        boolean enabled) {

    static Account of(UserAccount account) {
        return new Account(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getRole(),
                account.getPartnerId(),
                account.isEnabled());
    }
}
