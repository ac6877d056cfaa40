package org.commonground.dataimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a file writes its dates. Year first (2026-04-03) is never ambiguous; 03/04/2026 may be March 4 or
 * April 3, so when every such date in a file could be either, the mapping step asks.
 */
public enum DateOrder {
    YEAR_MONTH_DAY("Year-month-day (2026-04-03)"),
    MONTH_DAY_YEAR("Month/day/year (04/03/2026 is April 3)"),
    DAY_MONTH_YEAR("Day/month/year (03/04/2026 is 3 April)");

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the file's values say. */
    public record Detection(DateOrder order, boolean ambiguous) {}

    /**
     * The order the values show: day first when a first part is over 12, month first when a second part is;
     * ambiguous when there are day-month values and none tells (then the user must choose).
     */
    public static Detection detect(Collection<String> values) {
        boolean any = false;
        boolean firstOver12 = false;
        boolean secondOver12 = false;
        for (String value : values) {
            Matcher m = value == null ? null : NUMERIC.matcher(value.strip());
            if (m != null && m.matches()) {
                any = true;
                firstOver12 |= Integer.parseInt(m.group(1)) > 12;
                secondOver12 |= Integer.parseInt(m.group(2)) > 12;
            }
        }
        if (!any) {
            return new Detection(YEAR_MONTH_DAY, false);
        }
        if (firstOver12 && !secondOver12) {
            return new Detection(DAY_MONTH_YEAR, false);
        }
        if (secondOver12 && !firstOver12) {
            return new Detection(MONTH_DAY_YEAR, false);
        }
        return new Detection(null, !firstOver12);
    }

    /** The date, or empty when it is no date in this order (year first is always read). */
    public static Optional<LocalDate> parse(String text, DateOrder order) {
        String value = text.strip();
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher m = NUMERIC.matcher(value);
            if (m.matches() && order != null && order != YEAR_MONTH_DAY) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                return Optional.of(order == MONTH_DAY_YEAR ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static boolean isDayMonth(String text) {
        return text != null && NUMERIC.matcher(text.strip()).matches();
    }
}
