package org.commonground.rubric;

/**
 * How far one indicator was achieved on a date: the fraction that counts (records, or 1 with a current
 * attestation where the indicator accepts one), what the records alone showed, the progress in words, and what
 * is still missing (null once complete).
 */
public record IndicatorFinding(
        String indicatorKey,
        double fraction,
        double recordFraction,
        String progress,
        String missing,
        boolean byAttestation) {

    public boolean complete() {
        return fraction >= 1 - 1e-9;
    }

    /** "67 %". */
    public String percent() {
        // Cut, not rounded: 99.6 % is not yet "100 %".
        return (complete() ? 100 : (long) Math.floor(fraction * 100)) + " %";
    }
}
