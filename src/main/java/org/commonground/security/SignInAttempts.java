package org.commonground.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins: after {@code maxFailures} in a row an account is locked for {@code lockout}
 * (a locked account is refused before its password is even checked, see {@link SignedInUser}); every failure
 * also counts against the client's address. A successful sign-in clears the count. Counters change by
 * bulk updates, so signing in never makes an administrator's open edit of the account stale.
 */
@Component
class SignInAttempts {

    private final UserAccountRepository users;
    private final AddressThrottle throttle;
    private final SecurityEvents events;
    private final SignInProperties properties;
    private final Clock clock;

    SignInAttempts(
            UserAccountRepository users,
            AddressThrottle throttle,
            SecurityEvents events,
            SignInProperties properties,
            Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = UserAccountService.normalize(event.getAuthentication().getName());
        String address = address(event.getAuthentication().getDetails());
        throttle.recordFailure(address);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as precise as the database keeps it
        users.countFailedSignIn(username);
        boolean locked =
                users.lockIfFailedTooOften(username, properties.maxFailures(), now.plus(properties.lockout())) > 0;
        events.record(
                locked ? SecurityEventKind.ACCOUNT_LOCKED : SecurityEventKind.SIGN_IN_FAILED,
                username,
                "sign-in",
                locked
                        ? "locked for " + properties.lockout().toMinutes() + " minutes after "
                                + properties.maxFailures() + " failed attempts"
                        : "wrong user name or password");
    }

    @EventListener
    public void onLocked(AuthenticationFailureLockedEvent event) {
        throttle.recordFailure(address(event.getAuthentication().getDetails()));
        events.record(
                SecurityEventKind.SIGN_IN_FAILED,
                UserAccountService.normalize(event.getAuthentication().getName()),
                "sign-in",
                "refused: the account is locked");
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSignIn(event.getAuthentication().getName(), clock.instant());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
