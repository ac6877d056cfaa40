package org.commonground.commitment;

/** Who gives: the library to a partner, or a partner to the library. */
public enum CommitmentDirection {
    LIBRARY_TO_PARTNER("Library gives", "The library gives to the partner"),
    PARTNER_TO_LIBRARY("Library receives", "The partner gives to the library");

    private final String label;
    private final String description;

    CommitmentDirection(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
