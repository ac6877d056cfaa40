package org.commonground.mission;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Whether a measure is on track. The path to the target is the straight line from the first
 * measurement to the target value on the target date; a measure is on track while its latest value
 * is on that line or beyond it in the measure's direction, and once it has reached the target.
 */
public record Progress(Verdict verdict, String text) {

    public enum Verdict {
        NO_MEASUREMENTS,
        TOO_EARLY,
        ON_TRACK,
        OFF_TRACK
    }

    public boolean onTrack() {
        return verdict == Verdict.ON_TRACK;
    }

    /** @param measurements oldest first */
    public static Progress of(
            Direction direction, BigDecimal target, LocalDate targetDate, List<MeasurementDetails> measurements) {
        if (measurements.isEmpty()) {
            return new Progress(Verdict.NO_MEASUREMENTS, "No measurements yet");
        }
        MeasurementDetails first = measurements.getFirst();
        MeasurementDetails latest = measurements.getLast();
        if (direction.meets(latest.value(), target)) {
            return new Progress(Verdict.ON_TRACK, "On track: the target is reached");
        }
        if (latest.date().isAfter(targetDate)) {
            return new Progress(Verdict.OFF_TRACK, "Off track: the target date has passed without reaching it");
        }
        if (measurements.size() == 1 || !latest.date().isAfter(first.date())) {
            return new Progress(Verdict.TOO_EARLY, "Too early to tell: one measurement so far");
        }
        long span = ChronoUnit.DAYS.between(first.date(), targetDate);
        long elapsed = ChronoUnit.DAYS.between(first.date(), latest.date());
        BigDecimal fraction = span <= 0
                ? BigDecimal.ONE
                : BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
        BigDecimal expected = first.value().add(target.subtract(first.value()).multiply(fraction));
        return direction.meets(latest.value(), expected)
                ? new Progress(Verdict.ON_TRACK, "On track: at or ahead of the path to the target")
                : new Progress(Verdict.OFF_TRACK, "Off track: behind the path to the target");
    }
}
