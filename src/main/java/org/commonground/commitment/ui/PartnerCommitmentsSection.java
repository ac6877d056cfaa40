package org.commonground.commitment.ui;

import org.commonground.commitment.CommitmentService;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.ui.PartnerPageSection;

/** Puts the partner's commitments, and the balance with them, on the partner page. */
@org.springframework.stereotype.Component
class PartnerCommitmentsSection implements PartnerPageSection {

    private final CommitmentService commitments;
    private final CommitmentDialogs dialogs;
    private final java.time.Clock clock;
    private final org.commonground.shared.CommonGroundProperties properties;

    PartnerCommitmentsSection(CommitmentService commitments, CommitmentDialogs dialogs, java.time.Clock clock,
            org.commonground.shared.CommonGroundProperties properties) {
        this.commitments = commitments;
        this.dialogs = dialogs;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public com.vaadin.flow.component.Component render(PartnerDetails partner) {
        return new PartnerCommitments(commitments, dialogs, partner.id(), partner.name(),
                java.time.LocalDate.now(clock.withZone(properties.timeZone())));
    }
}
