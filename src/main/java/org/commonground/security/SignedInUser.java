package org.commonground.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal kept in the session: who signed in, their role and (for partners) their organization. */
public class SignedInUser extends User {

    private final long userId;
    private final String displayName;
    private final Role role;
    private final Long partnerId;

    /** @param now when the sign-in happens: a locked account is refused before its password is checked */
    SignedInUser(UserAccount account, Instant now) {
        super(
                account.getUsername(),
                account.getPasswordHash(),
                account.isEnabled(),
                true,
                true,
                !account.isLockedAt(now),
                List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name())));
        this.userId = account.getId();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.partnerId = account.getPartnerId();
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The partner organization of a PARTNER user; null for library people. */
    public Long partnerId() {
        return partnerId;
    }
}
