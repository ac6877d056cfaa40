package org.commonground.schedule;

import java.time.ZonedDateTime;

/** A series in a list (a partner's check-ins): its sentence, next occurrence and last year's adherence. */
public record SeriesSummary(long id, String title, String sentence, ZonedDateTime next, Adherence last12Months) {}
