package org.commonground.partner;

/** Which part of local government a GOVERNMENT partner is; the rubric asks for executive branch and agencies. */
public enum GovernmentKind {
    EXECUTIVE("Executive branch"),
    AGENCY("Agency"),
    COUNCIL("Council"),
    OTHER("Other government body");

    private final String label;

    GovernmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
