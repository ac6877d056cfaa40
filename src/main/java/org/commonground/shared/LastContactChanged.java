package org.commonground.shared;

import java.time.Instant;

/**
 * The most recent logged contact with a partner changed (an interaction was logged, moved or
 * deleted). Published by the interaction feature, kept by the partner feature for its directory.
 *
 * @param lastContactAt null when no past interaction with the partner remains
 */
public record LastContactChanged(long partnerId, Instant lastContactAt) {
}
