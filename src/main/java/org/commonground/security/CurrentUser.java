package org.commonground.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for services and views. Reads Spring Security's context, so it works the
 * same in a Vaadin request, an HTTP endpoint and a test with a mock user.
 */
@Component
public class CurrentUser {

    private final UserAccountRepository users;

    CurrentUser(UserAccountRepository users) {
        this.users = users;
    }

    public Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** The signed-in user's name for display, falling back to the user name. */
    public String displayName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return user.displayName();
        }
        return username().orElse("");
    }

    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }

    /** The caller's account, read fresh from the database (roles and flags may have changed). */
    public Optional<Account> account() {
        return accountEntity().map(Account::of);
    }

    /** The caller's account entity, for the security feature's own writes. */
    Optional<UserAccount> accountEntity() {
        return username().flatMap(users::findByUsername);
    }

    /**
     * The partner organization a PARTNER user belongs to, if the caller is one whose account is still active:
     * read fresh, so a deactivated user loses access at their next request even with a session still open.
     */
    public Optional<Long> partnerId() {
        return account().filter(a -> a.role() == Role.PARTNER && a.enabled()).map(Account::partnerId);
    }

    /**
     * The caller's organization for a partner-scoped read or write; refuses anyone who is not an active
     * partner user (the method security already refused other roles).
     */
    public long requirePartnerId() {
        return partnerId().orElseThrow(() -> new AccessDeniedException("Not an active partner user"));
    }

    /** The organization held in the session's principal, without a database read (for log lines). */
    Optional<Long> principalPartnerId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user
                ? Optional.ofNullable(user.partnerId())
                : Optional.empty();
    }
}
