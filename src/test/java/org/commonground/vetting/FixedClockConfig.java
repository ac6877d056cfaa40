package org.commonground.vetting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Stops the server's clock at a known moment, so "12 months ago" is a known instant in the tests. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfig {

    /** Noon in Maple Falls (America/Chicago, daylight time). */
    static final Instant NOW = Instant.parse("2026-06-15T17:00:00Z");

    /** Twelve months before NOW on the library's calendar: where "vetted within 12 months" starts. */
    static final Instant TWELVE_MONTHS_AGO = Instant.parse("2025-06-15T17:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
