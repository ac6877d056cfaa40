package org.commonground.mission;

/** Where a shared mission is in its life: drafted, adopted by its signatories, retired. */
public enum MissionStatus {
    DRAFT("Draft"),
    ADOPTED("Adopted"),
    RETIRED("Retired");

    private final String label;

    MissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
