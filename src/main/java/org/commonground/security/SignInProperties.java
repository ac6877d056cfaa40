package org.commonground.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in hardening settings under {@code commonground.sign-in.*}.
 *
 * @param maxFailures     consecutive failed sign-ins after which an account is locked
 * @param lockout         how long a locked account stays locked
 * @param addressFailures failed sign-ins from one address (any accounts) within {@code addressWindow} after
 *                        which that address may not try again until the window has moved on
 * @param addressWindow   the sliding window for {@code addressFailures}
 */
@ConfigurationProperties("commonground.sign-in")
public record SignInProperties(Integer maxFailures, Duration lockout, Integer addressFailures, Duration addressWindow) {

    public SignInProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        addressFailures = addressFailures == null ? 20 : addressFailures;
        addressWindow = addressWindow == null ? Duration.ofMinutes(10) : addressWindow;
    }
}
