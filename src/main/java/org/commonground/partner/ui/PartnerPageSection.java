package org.commonground.partner.ui;

import com.vaadin.flow.component.Component;
import org.commonground.partner.PartnerDetails;

/**
 * A section other features add to the partner page (the interaction timeline now; commitments and
 * check-ins later), so the partner feature does not depend on them. Spring beans, shown by order.
 */
public interface PartnerPageSection {

    int order();

    Component render(PartnerDetails partner);
}
