package org.commonground.schedule;

/** How a series repeats, as the plain controls of the series form offer it. */
public enum Repeat {
    DAILY("Daily"),
    WEEKLY("Weekly, on chosen weekdays"),
    MONTHLY_ON_DAY("Monthly, on a day of the month"),
    MONTHLY_ON_WEEKDAY("Monthly, on the n-th or last weekday"),
    YEARLY("Yearly");

    private final String label;

    Repeat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
