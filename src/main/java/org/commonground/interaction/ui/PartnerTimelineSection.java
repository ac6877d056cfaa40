package org.commonground.interaction.ui;

import org.commonground.interaction.InteractionService;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.ui.PartnerPageSection;

/** Puts the interaction timeline on the partner page. */
@org.springframework.stereotype.Component
class PartnerTimelineSection implements PartnerPageSection {

    private final InteractionService interactions;
    private final InteractionDialogs dialogs;

    PartnerTimelineSection(InteractionService interactions, InteractionDialogs dialogs) {
        this.interactions = interactions;
        this.dialogs = dialogs;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component render(PartnerDetails partner) {
        return new PartnerTimeline(interactions, dialogs, partner.id(), partner.name());
    }
}
