package org.commonground.schedule;

import java.time.Instant;

/**
 * Where the schedule tests stop the test clock ({@code MutableClock.set}): Monday June 15, 2026, noon in Chicago,
 * so "past" and "upcoming" are known dates.
 */
public final class ScheduleClock {

    public static final Instant NOW = Instant.parse("2026-06-15T17:00:00Z");

    private ScheduleClock() {}
}
