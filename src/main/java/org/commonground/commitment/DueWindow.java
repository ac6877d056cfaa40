package org.commonground.commitment;

/** The list's "due" filter: open commitments (proposed or active) by their end date. */
public enum DueWindow {
    OVERDUE("Overdue"),
    OVERDUE_OR_NEXT_30_DAYS("Overdue or due in the next 30 days"),
    NEXT_30_DAYS("Due in the next 30 days"),
    NEXT_90_DAYS("Due in the next 90 days");

    private final String label;

    DueWindow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
