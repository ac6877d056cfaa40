package org.commonground.schedule;

/** What became of a past occurrence; an occurrence nobody marked yet has none. */
public enum OccurrenceStatus {
    HELD("Held"),
    CANCELLED("Cancelled"),
    MISSED("Missed");

    private final String label;

    OccurrenceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
