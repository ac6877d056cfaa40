package org.commonground.commitment;

import java.math.BigDecimal;

/**
 * What the library gives and receives for one group (a partner or a partner kind), one kind and one
 * unit. Lines are never added across units: dollars and hours stay apart.
 */
public record BalanceLine(
        String group,
        CommitmentKind kind,
        CommitmentUnit unit,
        BigDecimal libraryGives,
        BigDecimal libraryReceives,
        long commitments) {

    /**
     * The rubric's "all invest equally": balanced when neither side gives more than twice the other.
     * A one-sided line (one side zero) is not balanced.
     */
    public boolean balanced() {
        if (libraryGives.signum() == 0 || libraryReceives.signum() == 0) {
            return false;
        }
        BigDecimal two = BigDecimal.valueOf(2);
        return libraryGives.compareTo(libraryReceives.multiply(two)) <= 0
                && libraryReceives.compareTo(libraryGives.multiply(two)) <= 0;
    }

    BalanceLine inGroup(String otherGroup) {
        return new BalanceLine(otherGroup, kind, unit, libraryGives, libraryReceives, commitments);
    }

    public String givesLabel() {
        return Amounts.format(libraryGives, unit);
    }

    public String receivesLabel() {
        return Amounts.format(libraryReceives, unit);
    }
}
