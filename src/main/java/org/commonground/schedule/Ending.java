package org.commonground.schedule;

/** When a series stops repeating. */
public enum Ending {
    NEVER("Never"),
    ON_DATE("On a date"),
    AFTER_COUNT("After a number of times");

    private final String label;

    Ending(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
