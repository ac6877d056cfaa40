package org.commonground.commitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a commitment was in force, as the rubric reads it: from its start date to its end — the end date,
 * or for a fulfilled one without an end date the day it was fulfilled, or for a lapsed one the day it lapsed
 * if that came first; an active one without an end date is open. Proposals and withdrawn commitments were
 * never investments and are not spans.
 */
public record CommitmentSpan(long id, long partnerId, CommitmentDirection direction, CommitmentKind kind,
        LocalDate start, LocalDate end, Long missionId, Long issueId) {

    /** In force at some time in {@code (after, upTo]}. */
    public boolean inForceDuring(LocalDate after, LocalDate upTo) {
        return !start.isAfter(upTo) && (end == null || end.isAfter(after));
    }

    /** Whole months it had been running on {@code asOf} (up to its end, if that came first). */
    public long monthsRunning(LocalDate asOf) {
        LocalDate until = end != null && end.isBefore(asOf) ? end : asOf;
        return until.isBefore(start) ? 0 : ChronoUnit.MONTHS.between(start, until);
    }
}
