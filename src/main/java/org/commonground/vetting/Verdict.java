package org.commonground.vetting;

/** How a partner measures up to one vetting criterion. */
public enum Verdict {
    MET("Met"),
    NOT_MET("Not met"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
