package org.commonground.partner;

import java.util.List;

/** Another partner already has this name; the user may still decide to save (a warning, not a rule). */
public class DuplicatePartnerNameException extends RuntimeException {

    private final List<PartnerSummary> existing;

    DuplicatePartnerNameException(String name, List<PartnerSummary> existing) {
        super("A partner named “" + name + "” already exists ("
                + existing.getFirst().kindLabel() + "). Save anyway only if this is a different organization.");
        this.existing = List.copyOf(existing);
    }

    public List<PartnerSummary> existing() {
        return existing;
    }
}
