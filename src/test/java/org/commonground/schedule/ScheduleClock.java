package org.commonground.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The server's clock stopped at Monday June 15, 2026, noon in Chicago: "past" and "upcoming" are known dates. */
@TestConfiguration(proxyBeanMethods = false)
public class ScheduleClock {

    public static final Instant NOW = Instant.parse("2026-06-15T17:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
