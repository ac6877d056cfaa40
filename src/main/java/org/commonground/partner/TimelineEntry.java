package org.commonground.partner;

import java.time.ZonedDateTime;
import java.util.Set;

/**
 * One line of a partner's timeline that another feature contributes (a commitment, a check-in): when, what kind
 * of record, what it says, the page it opens, and the community issues it is tied to (for the topic filter).
 */
public record TimelineEntry(
        ZonedDateTime at, String kind, String title, String detail, String path, Set<Long> issueIds) {}
