package org.commonground.partner;

/** The three kinds of partners the rubric's strands are about, and everyone else. */
public enum PartnerKind {
    GOVERNMENT("Local government"),
    DEI_ORGANIZATION("DEI organization"),
    SCIENCE_LEADER("Science leader"),
    OTHER("Other");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
