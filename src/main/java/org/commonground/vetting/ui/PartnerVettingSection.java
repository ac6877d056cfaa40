package org.commonground.vetting.ui;

import com.vaadin.flow.component.Component;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.PartnerService;
import org.commonground.partner.ui.PartnerPageSection;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.vetting.VettingService;

/** Puts the partner's vetting on the partner page, before the timeline. */
@org.springframework.stereotype.Component
class PartnerVettingSection implements PartnerPageSection {

    private final VettingService vettings;
    private final PartnerService partners;
    private final CommonGroundProperties properties;

    PartnerVettingSection(VettingService vettings, PartnerService partners, CommonGroundProperties properties) {
        this.vettings = vettings;
        this.partners = partners;
        this.properties = properties;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component render(PartnerDetails partner) {
        return new PartnerVetting(
                vettings, partner.id(), partner.name(), properties.timeZone(), partners.vettedSince());
    }
}
