package org.commonground.portal;

/** Where an invitation stands: waiting, used, withdrawn, or past its seven days. */
public enum InvitationState {
    PENDING("Waiting to be accepted"),
    ACCEPTED("Accepted"),
    REVOKED("Withdrawn"),
    EXPIRED("Expired");

    private final String label;

    InvitationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
