package org.commonground.commitment;

/**
 * The unit of a commitment's amount. Amounts are only ever added up within one unit: dollars are
 * never added to hours.
 */
public enum CommitmentUnit {
    HOURS_PER_MONTH("hours per month", "h/month"),
    HOURS("hours", "h"),
    DOLLARS("dollars", "$"),
    SQUARE_FEET("square feet", "sq ft"),
    SESSIONS("sessions", "sessions"),
    DATASETS("data sets", "data sets"),
    ITEMS("items", "items");

    private final String label;
    private final String shortLabel;

    CommitmentUnit(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String label() {
        return label;
    }

    public String shortLabel() {
        return shortLabel;
    }
}
