package org.commonground.commitment;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as people read them: "$12,500", "8 hours per month", "1,200 square feet". */
public final class Amounts {

    private Amounts() {}

    public static String format(BigDecimal amount, CommitmentUnit unit) {
        if (amount == null) {
            return "—";
        }
        String number = number(amount);
        return unit == CommitmentUnit.DOLLARS ? "$" + number : number + " " + unit.label();
    }

    public static String number(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }
}
