package org.commonground.partner;

/** The directory's vetting filter: how recently a partner was vetted (see the vetting feature). */
public enum VettingFilter {
    ANY("Any"),
    NOT_VETTED("Not vetted"),
    OLDER_THAN_12_MONTHS("Older than 12 months"),
    WITHIN_12_MONTHS("Vetted within 12 months");

    /** How far back a vetting counts as current. */
    public static final int MONTHS = 12;

    private final String label;

    VettingFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
