package org.commonground.partner;

import java.util.List;

/**
 * A feature's records on a partner's timeline beside its interactions. Spring beans; the partner page's
 * timeline asks each for the partner's entries (a partner has few commitments and check-ins, so all of them).
 */
public interface PartnerTimelineSource {

    /** The kind of record, as the timeline's kind filter offers it ("Commitments"). */
    String kind();

    List<TimelineEntry> entries(long partnerId);
}
