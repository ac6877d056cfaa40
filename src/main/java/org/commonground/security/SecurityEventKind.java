package org.commonground.security;

/** What a security event records. */
public enum SecurityEventKind {
    ACCESS_REFUSED("Access refused"),
    SIGN_IN_FAILED("Sign-in failed"),
    ACCOUNT_LOCKED("Account locked"),
    ADDRESS_THROTTLED("Address throttled"),
    INVITATION_CREATED("Invitation created"),
    INVITATION_REVOKED("Invitation revoked"),
    INVITATION_ACCEPTED("Invitation accepted"),
    INVITATION_REFUSED("Invitation refused"),
    USER_CREATED("User created"),
    USER_CHANGED("User changed"),
    USER_DEACTIVATED("User deactivated"),
    USER_REACTIVATED("User reactivated"),
    PASSWORD_RESET("Password reset"),
    API_TOKEN_CREATED("API token created"),
    API_TOKEN_REVOKED("API token revoked"),
    API_TOKEN_REFUSED("API token refused");

    private final String label;

    SecurityEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
