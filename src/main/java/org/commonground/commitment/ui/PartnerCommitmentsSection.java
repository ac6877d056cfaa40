package org.commonground.commitment.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import org.commonground.commitment.CommitmentService;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.ui.PartnerPageSection;
import org.commonground.shared.CommonGroundProperties;

/** Puts the partner's commitments, and the balance with them, on the partner page. */
@org.springframework.stereotype.Component
class PartnerCommitmentsSection implements PartnerPageSection {

    private final CommitmentService commitments;
    private final CommitmentDialogs dialogs;
    private final Clock clock;
    private final CommonGroundProperties properties;

    PartnerCommitmentsSection(
            CommitmentService commitments, CommitmentDialogs dialogs, Clock clock, CommonGroundProperties properties) {
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
    public Component render(PartnerDetails partner) {
        return new PartnerCommitments(
                commitments,
                dialogs,
                partner.id(),
                partner.name(),
                LocalDate.now(clock.withZone(properties.timeZone())));
    }
}
