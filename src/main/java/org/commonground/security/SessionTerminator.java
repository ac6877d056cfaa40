package org.commonground.security;

import java.util.List;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions at once (deactivation, password reset): Spring Security's session registry
 * marks them expired, and its concurrent-session filter signs the browser out on its next request, Vaadin's
 * background requests included. Services also re-read the account on every partner-scoped call, so nothing
 * is served in between.
 */
@Component
class SessionTerminator {

    private final SessionRegistry registry;

    SessionTerminator(SessionRegistry registry) {
        this.registry = registry;
    }

    /** @return how many open sessions were ended */
    int endSessionsOf(String username) {
        // Principals are compared by user name (User.equals), so any User with that name finds them.
        User key = new User(username, "", List.of());
        int ended = 0;
        for (SessionInformation session : registry.getAllSessions(key, false)) {
            session.expireNow();
            ended++;
        }
        return ended;
    }
}
