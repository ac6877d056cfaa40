package org.commonground.partner;

/** Where the relationship stands. */
public enum PartnerStatus {
    PROSPECTIVE("Prospective"),
    ACTIVE("Active"),
    PAUSED("Paused"),
    FORMER("Former");

    private final String label;

    PartnerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
