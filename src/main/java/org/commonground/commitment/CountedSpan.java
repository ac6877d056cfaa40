package org.commonground.commitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a commitment counts as an investment, kept on its row for the rubric's queries: from its start date to
 * its end — the end date, or for a fulfilled one without an end date the day it was fulfilled, or for a lapsed
 * one the day it lapsed if that came first; an active one without an end date is open ({@link #OPEN}).
 * Proposals and withdrawn commitments were never investments: they have no span ({@code from} is null).
 *
 * @param lastedMonths whole months from start to end ({@link #OPEN_MONTHS} when open): "running 12 months by
 *     a date" is {@code from <= date − 12 months and lastedMonths >= 12}
 */
public record CountedSpan(LocalDate from, LocalDate until, Integer lastedMonths) {

    public static final LocalDate OPEN = LocalDate.of(9999, 12, 31);
    public static final int OPEN_MONTHS = 99_999;
    static final CountedSpan NONE = new CountedSpan(null, null, null);

    public static CountedSpan of(CommitmentStatus status, LocalDate start, LocalDate endDate, LocalDate changedOn) {
        LocalDate end = switch (status) {
            case PROPOSED, WITHDRAWN -> null;
            case ACTIVE -> endDate == null ? OPEN : endDate;
            case FULFILLED -> endDate != null ? endDate : changedOn;
            case LAPSED -> endDate != null && endDate.isBefore(changedOn) ? endDate : changedOn;
        };
        if (end == null) {
            return NONE;
        }
        if (end.isBefore(start)) {
            end = start;
        }
        // The end date is the last day in force: 1 January to 31 December is 12 months.
        int months = end.equals(OPEN) ? OPEN_MONTHS : (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
        return new CountedSpan(start, end, months);
    }
}
