package org.commonground.schedule;

/** A written feed: the iCalendar text and its version. */
public record CalendarFeed(String body, FeedVersion version) {}
