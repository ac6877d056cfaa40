package org.commonground.mission;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How measure values read: "1,250", "12.5", without trailing zeros. */
public final class Numbers {

    private Numbers() {}

    public static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value);
    }

    /** "1,250 households", "42 %" */
    public static String withUnit(BigDecimal value, String unit) {
        return plain(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }
}
