package org.commonground.mission;

import java.math.BigDecimal;

/** Which way an evaluation measure should move. */
public enum Direction {
    HIGHER("Higher is better"),
    LOWER("Lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a value is at or beyond the target, seen from this direction. */
    public boolean meets(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return this == HIGHER ? c >= 0 : c <= 0;
    }
}
