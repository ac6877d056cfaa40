package org.commonground.partner;

import java.time.LocalDate;

/** What the rubric needs of a partner: its kind, since when it is on record, and whether its goals are written down. */
public record PartnerFact(
        long id,
        String name,
        PartnerKind kind,
        PartnerStatus status,
        LocalDate since,
        boolean goalsDocumented,
        LocalDate firstContactOn) {

    /** On record on {@code day}, and not a former partner. */
    public boolean currentOn(LocalDate day) {
        return !since.isAfter(day) && status != PartnerStatus.FORMER;
    }
}
