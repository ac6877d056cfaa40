package org.commonground.commitment;

import java.util.EnumSet;
import java.util.Set;

/**
 * A commitment's lifecycle: proposed → active → fulfilled, lapsed or withdrawn (a proposal can also
 * be withdrawn). The last three are closed: nothing follows them.
 */
public enum CommitmentStatus {
    PROPOSED("Proposed"),
    ACTIVE("Active"),
    FULFILLED("Fulfilled"),
    LAPSED("Lapsed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    CommitmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<CommitmentStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(FULFILLED, LAPSED, WITHDRAWN);
            case FULFILLED, LAPSED, WITHDRAWN -> EnumSet.noneOf(CommitmentStatus.class);
        };
    }

    public boolean isClosed() {
        return next().isEmpty();
    }

    /** Why this status cannot become {@code target}, in words for the user; null when it can. */
    public String whyNot(CommitmentStatus target) {
        if (next().contains(target)) {
            return null;
        }
        if (target == this) {
            return "The commitment is already " + label.toLowerCase() + ".";
        }
        if (isClosed()) {
            return "A " + label.toLowerCase() + " commitment is closed; it cannot become " + target.label.toLowerCase()
                    + ". Record a new commitment instead.";
        }
        if (target == PROPOSED) {
            return "An active commitment cannot go back to proposed.";
        }
        return "A proposed commitment must become active before it can be " + target.label.toLowerCase() + ".";
    }

    /** The verb on the button that moves a commitment into this status. */
    public String action() {
        return switch (this) {
            case PROPOSED -> "Propose";
            case ACTIVE -> "Make active";
            case FULFILLED -> "Mark fulfilled";
            case LAPSED -> "Mark lapsed";
            case WITHDRAWN -> "Withdraw";
        };
    }
}
