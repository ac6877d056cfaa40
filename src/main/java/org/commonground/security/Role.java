package org.commonground.security;

/** What a person may do in Common Ground. Names match the Spring Security roles (ROLE_ prefix added). */
public enum Role {
    ADMIN("Administrator"),
    DIRECTOR("Library director"),
    STAFF("Outreach staff"),
    PARTNER("Partner");

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String ADMIN_ROLE = "ADMIN";

    public static final String DIRECTOR_ROLE = "DIRECTOR";
    public static final String STAFF_ROLE = "STAFF";
    public static final String PARTNER_ROLE = "PARTNER";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Library people see the whole directory; partners see only their own organization. */
    public boolean isLibraryStaff() {
        return this != PARTNER;
    }
}
