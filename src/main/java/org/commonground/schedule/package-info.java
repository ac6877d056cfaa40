/**
 * Recurring check-ins: meeting series, occurrences, calendars, .ics import and feeds, reminders. Types are
 * non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.schedule;

import org.jspecify.annotations.NullMarked;
