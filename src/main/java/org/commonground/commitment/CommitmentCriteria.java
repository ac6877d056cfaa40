package org.commonground.commitment;

import java.util.Set;
import org.commonground.communityissue.IssuePriority;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;

/**
 * Which commitments count as evidence; empty sets and nulls mean "any".
 *
 * @param issueTagged tied to a community issue; with {@code priorities}, to one of those priorities
 * @param missionIds serving one of these shared missions
 */
public record CommitmentCriteria(
        CommitmentDirection direction,
        Set<PartnerKind> partnerKinds,
        Set<GovernmentKind> governmentKinds,
        Set<CommitmentKind> kinds,
        boolean issueTagged,
        Set<IssuePriority> priorities,
        Set<Long> missionIds) {

    public CommitmentCriteria {
        partnerKinds = Set.copyOf(partnerKinds);
        governmentKinds = Set.copyOf(governmentKinds);
        kinds = Set.copyOf(kinds);
        priorities = Set.copyOf(priorities);
        missionIds = Set.copyOf(missionIds);
    }

    public static CommitmentCriteria any() {
        return new CommitmentCriteria(null, Set.of(), Set.of(), Set.of(), false, Set.of(), Set.of());
    }

    /** The same, and tied to a community issue. */
    public CommitmentCriteria tiedToAnIssue() {
        return new CommitmentCriteria(direction, partnerKinds, governmentKinds, kinds, true, priorities, missionIds);
    }

    public CommitmentCriteria serving(Set<Long> missions) {
        return new CommitmentCriteria(
                direction, partnerKinds, governmentKinds, kinds, issueTagged, priorities, missions);
    }
}
