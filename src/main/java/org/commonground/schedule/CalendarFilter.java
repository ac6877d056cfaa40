package org.commonground.schedule;

import org.commonground.partner.PartnerKind;

/** The calendar page's filters: a partner kind (or any), and only the signed-in user's series. */
public record CalendarFilter(PartnerKind partnerKind, boolean mine) {

    public static CalendarFilter none() {
        return new CalendarFilter(null, false);
    }
}
