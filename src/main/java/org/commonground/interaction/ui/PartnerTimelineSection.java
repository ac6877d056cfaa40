package org.commonground.interaction.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.commonground.interaction.InteractionService;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.PartnerTimelineSource;
import org.commonground.partner.ui.PartnerPageSection;

/** Puts the interaction timeline on the partner page. */
@org.springframework.stereotype.Component
class PartnerTimelineSection implements PartnerPageSection {

    private final InteractionService interactions;
    private final InteractionDialogs dialogs;
    private final List<PartnerTimelineSource> sources;

    PartnerTimelineSection(
            InteractionService interactions, InteractionDialogs dialogs, List<PartnerTimelineSource> sources) {
        this.interactions = interactions;
        this.dialogs = dialogs;
        this.sources = sources;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component render(PartnerDetails partner) {
        return new PartnerTimeline(interactions, sources, dialogs, partner.id(), partner.name());
    }
}
