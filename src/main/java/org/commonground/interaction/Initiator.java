package org.commonground.interaction;

/** Who reached out: the rubric asks whether the library takes the initiative. */
public enum Initiator {
    LIBRARY("The library"),
    PARTNER("The partner");

    private final String label;

    Initiator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
