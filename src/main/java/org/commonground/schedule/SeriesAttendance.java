package org.commonground.schedule;

import java.util.Set;

/**
 * One series' record over a period, for the rubric ("regular meeting day and time, met consistently").
 *
 * @param activeAt  the series existed at the period's end and still had occurrences on or after it
 * @param scheduled every occurrence starting in the period, cancelled ones included
 * @param unmarked  occurrences nobody marked held, cancelled or missed yet
 */
public record SeriesAttendance(
        long seriesId,
        String title,
        Set<Long> partnerIds,
        boolean activeAt,
        int scheduled,
        int held,
        int cancelled,
        int missed,
        int unmarked) {}
