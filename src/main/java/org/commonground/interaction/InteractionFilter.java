package org.commonground.interaction;

import java.time.LocalDate;
import org.commonground.partner.PartnerKind;

/**
 * What the interactions list is narrowed to; every part is optional. Dates are inclusive and
 * read in the library's time zone.
 *
 * @param topic an issue ("issue:12") or theme ("theme:FUNDING") key, see {@link Topic}
 * @param text  words to find in the notes (case does not matter)
 */
public record InteractionFilter(
        LocalDate from,
        LocalDate to,
        PartnerKind partnerKind,
        Long partnerId,
        Topic topic,
        InteractionKind kind,
        Long staffId,
        String text) {

    public static InteractionFilter all() {
        return new InteractionFilter(null, null, null, null, null, null, null, null);
    }

    public InteractionFilter withText(String newText) {
        return new InteractionFilter(from, to, partnerKind, partnerId, topic, kind, staffId, newText);
    }
}
