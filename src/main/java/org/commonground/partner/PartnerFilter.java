package org.commonground.partner;

/**
 * What the directory is narrowed to; every part is optional.
 *
 * @param search words in the partner's name (case does not matter)
 */
public record PartnerFilter(String search, PartnerKind kind, GovernmentKind governmentKind, PartnerStatus status,
        Long relationshipOwnerId) {

    public static PartnerFilter all() {
        return new PartnerFilter(null, null, null, null, null);
    }

    public static PartnerFilter byName(String search) {
        return new PartnerFilter(search, null, null, null, null);
    }
}
