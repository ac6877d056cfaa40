package org.commonground.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one test clock: it runs with the system clock until a test stops it at a moment ({@link #set}) or moves
 * it ({@link #advance}) — lockouts end, invitations expire, "12 months ago" is a known instant — without waiting.
 * Every data-test context has it ({@link DataTest}); {@link ClockReset} lets it run again after each test, so a
 * test never sees the moment another one chose.
 */
public class MutableClock extends Clock {

    private volatile Instant stoppedAt;
    private volatile Duration offset = Duration.ZERO;

    public MutableClock() {}

    public MutableClock(Instant start) {
        this.stoppedAt = start;
    }

    /** Moves the clock on (or back, with a negative duration). */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Stops the clock at this moment (advance still moves it). */
    public void set(Instant instant) {
        stoppedAt = instant;
        offset = Duration.ZERO;
    }

    /** Runs with the system clock again. */
    public void reset() {
        stoppedAt = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock parent = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return parent.withZone(other);
            }

            @Override
            public Instant instant() {
                return parent.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant base = stoppedAt;
        return (base == null ? Instant.now() : base).plus(offset);
    }
}
