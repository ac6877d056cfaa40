package org.commonground.commitment;

import org.commonground.partner.PartnerKind;

/** The commitments list's filters; null means "any". */
public record CommitmentFilter(
        CommitmentDirection direction,
        CommitmentKind kind,
        CommitmentStatus status,
        PartnerKind partnerKind,
        DueWindow due,
        Long partnerId,
        Long missionId) {

    public static CommitmentFilter none() {
        return new CommitmentFilter(null, null, null, null, null, null, null);
    }

    public static CommitmentFilter ofPartner(long partnerId) {
        return new CommitmentFilter(null, null, null, null, null, partnerId, null);
    }

    public static CommitmentFilter ofMission(long missionId) {
        return new CommitmentFilter(null, null, null, null, null, null, missionId);
    }
}
