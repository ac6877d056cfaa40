package org.commonground.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every feature reads "now" from, so tests can move time (testsupport's {@code MutableClock}
 * replaces this bean) and nothing calls {@code Instant.now()} behind its back.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
