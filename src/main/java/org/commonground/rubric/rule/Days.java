package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import org.commonground.commitment.CommitmentEvidence;
import org.commonground.shared.Formats;

/** Date arithmetic of look-back windows: a window of W months as of D is the days after D − W months, up to D. */
public final class Days {

    private Days() {}

    /** The day before the window starts: evidence must be dated after it. */
    public static LocalDate windowStart(LocalDate asOf, int months) {
        return asOf.minusMonths(months);
    }

    public static LocalDate earliest(Collection<LocalDate> dates) {
        return dates.stream().min(LocalDate::compareTo).orElseThrow();
    }

    public static LocalDate latest(Collection<LocalDate> dates) {
        return dates.stream().max(LocalDate::compareTo).orElseThrow();
    }

    /** The first window start over all dates: the period one query must cover. */
    public static LocalDate periodStart(List<LocalDate> asOf, int months) {
        return windowStart(earliest(asOf), months);
    }

    /** The sum of daily counts in {@code (after, upTo]}. */
    public static long sum(NavigableMap<LocalDate, Long> daily, LocalDate after, LocalDate upTo) {
        if (after.isAfter(upTo)) {
            return 0;
        }
        long total = 0;
        for (long n : daily.subMap(after, false, upTo, true).values()) {
            total += n;
        }
        return total;
    }

    /** Whether a day of the set lies in {@code (after, upTo]}. */
    public static boolean any(NavigableSet<LocalDate> days, LocalDate after, LocalDate upTo) {
        LocalDate first = days.higher(after);
        return first != null && !first.isAfter(upTo);
    }

    /** The look-back window of each date, for the commitment feature's counts. */
    public static List<CommitmentEvidence.Window> windows(List<LocalDate> asOf, int months) {
        return asOf.stream()
                .map(day -> new CommitmentEvidence.Window(windowStart(day, months), day))
                .toList();
    }

    public static String format(LocalDate day) {
        return Formats.date(day);
    }
}
