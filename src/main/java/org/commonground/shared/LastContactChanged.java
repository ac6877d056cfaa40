package org.commonground.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner's logged contacts changed (an interaction was logged, moved or deleted). Published by the
 * interaction feature, kept by the partner feature: the most recent for its directory, the first for the
 * rubric (how long a partnership has lasted).
 *
 * @param lastContactAt null when no past interaction with the partner remains
 * @param firstContactOn the local date of the first interaction with the partner; null when none remains
 */
public record LastContactChanged(long partnerId, Instant lastContactAt, LocalDate firstContactOn) {}
