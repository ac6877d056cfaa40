package org.commonground.security;

import java.util.Optional;
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
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }

    /** The caller's account, read fresh from the database (roles and flags may have changed). */
    public Optional<UserAccount> account() {
        return username().flatMap(users::findByUsername);
    }

    /** The partner organization a PARTNER user belongs to, if the caller is one. */
    public Optional<Long> partnerId() {
        return account().filter(a -> a.getRole() == Role.PARTNER).map(UserAccount::getPartnerId);
    }
}
