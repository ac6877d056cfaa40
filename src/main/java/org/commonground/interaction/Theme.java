package org.commonground.interaction;

/** Topics beyond the community issues, named in the rubric's indicators. */
public enum Theme {
    RACIAL_EQUITY("Racial equity"),
    SHARED_GOALS("Shared goals"),
    STRATEGIC_PLANNING("Strategic planning"),
    FUNDING("Funding"),
    EVALUATION("Evaluation"),
    STEM_PROGRAMMING("STEM programming");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
