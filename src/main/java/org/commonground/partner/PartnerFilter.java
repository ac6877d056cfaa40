package org.commonground.partner;

/**
 * What the directory is narrowed to; every part is optional.
 *
 * @param search  words in the partner's name (case does not matter)
 * @param vetting how recently the partner was vetted; null means any
 */
public record PartnerFilter(
        String search,
        PartnerKind kind,
        GovernmentKind governmentKind,
        PartnerStatus status,
        Long relationshipOwnerId,
        VettingFilter vetting) {

    public PartnerFilter(
            String search,
            PartnerKind kind,
            GovernmentKind governmentKind,
            PartnerStatus status,
            Long relationshipOwnerId) {
        this(search, kind, governmentKind, status, relationshipOwnerId, VettingFilter.ANY);
    }

    public static PartnerFilter all() {
        return new PartnerFilter(null, null, null, null, null);
    }

    public static PartnerFilter byName(String search) {
        return new PartnerFilter(search, null, null, null, null);
    }

    public PartnerFilter withVetting(VettingFilter value) {
        return new PartnerFilter(search, kind, governmentKind, status, relationshipOwnerId, value);
    }
}
