package org.commonground.mission;

import java.time.LocalDate;

/**
 * When a shared mission stood, as the rubric reads it: an adopted (or retired) mission from its adoption date
 * to its retirement; a draft, when drafts count, from the day it was drafted, open-ended.
 */
public record MissionSpan(long id, String title, long issueId, MissionStatus status, LocalDate start, LocalDate end) {

    /** Standing on {@code day}. */
    public boolean standsOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }
}
